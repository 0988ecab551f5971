package org.fiscalwarehouse.parse;

import java.util.Map;
import java.util.Optional;

/**
 * The 类 (class) codes of the national 支出功能分类科目 by name, for tables that print classes by name and ordinal
 * only (财政拨款收入支出决算总表: "八、社会保障和就业支出"). Ordinals shift between years; names do not, so the code
 * is looked up by name. Older names of renamed classes are kept.
 */
public final class FunctionClassNames {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("一般公共服务支出", "201"), Map.entry("外交支出", "202"), Map.entry("国防支出", "203"),
            Map.entry("公共安全支出", "204"), Map.entry("教育支出", "205"), Map.entry("科学技术支出", "206"),
            Map.entry("文化旅游体育与传媒支出", "207"), Map.entry("文化体育与传媒支出", "207"),
            Map.entry("社会保障和就业支出", "208"), Map.entry("社会保险基金支出", "209"),
            Map.entry("卫生健康支出", "210"), Map.entry("医疗卫生与计划生育支出", "210"),
            Map.entry("节能环保支出", "211"), Map.entry("城乡社区支出", "212"), Map.entry("农林水支出", "213"),
            Map.entry("交通运输支出", "214"), Map.entry("资源勘探工业信息等支出", "215"),
            Map.entry("资源勘探信息等支出", "215"), Map.entry("商业服务业等支出", "216"), Map.entry("金融支出", "217"),
            Map.entry("援助其他地区支出", "219"), Map.entry("自然资源海洋气象等支出", "220"),
            Map.entry("国土海洋气象等支出", "220"), Map.entry("住房保障支出", "221"),
            Map.entry("粮油物资储备支出", "222"), Map.entry("国有资本经营预算支出", "223"),
            Map.entry("灾害防治及应急管理支出", "224"), Map.entry("预备费", "227"), Map.entry("其他支出", "229"),
            Map.entry("转移性支出", "230"), Map.entry("债务还本支出", "231"), Map.entry("债务付息支出", "232"),
            Map.entry("债务发行费用支出", "233"), Map.entry("抗疫特别国债安排的支出", "234"));

    private FunctionClassNames() {
    }

    /** The class code for a printed label such as "八、社会保障和就业支出" (ordinal and spaces ignored). */
    public static Optional<String> codeOf(String label) {
        return Optional.ofNullable(CODES.get(withoutOrdinal(label)));
    }

    /** The label without its Chinese ordinal ("八、") and without whitespace. */
    public static String withoutOrdinal(String label) {
        return SubjectColumnVocabulary.squash(label).replaceFirst("^[一二三四五六七八九十]+[、.．]", "");
    }
}
