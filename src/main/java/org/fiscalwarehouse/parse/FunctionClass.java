package org.fiscalwarehouse.parse;

import java.util.List;
import java.util.Optional;

/**
 * The 功能分类 classes (类) as the summary tables list them on the expense side, with their 3-digit codes. Matched
 * by name, so a unit that omits or renumbers rows still gets the right codes.
 */
final class FunctionClass {

    private record Entry(String keyword, String code) {
    }

    // order matters where one name contains another: 国有资本经营预算支出 before 其他支出
    private static final List<Entry> CLASSES = List.of(
            new Entry("一般公共服务", "201"), new Entry("外交", "202"), new Entry("国防", "203"),
            new Entry("公共安全", "204"), new Entry("教育", "205"), new Entry("科学技术", "206"),
            new Entry("文化旅游体育与传媒", "207"), new Entry("文化体育与传媒", "207"),
            new Entry("社会保障和就业", "208"), new Entry("卫生健康", "210"), new Entry("医疗卫生", "210"),
            new Entry("节能环保", "211"), new Entry("城乡社区", "212"), new Entry("农林水", "213"),
            new Entry("交通运输", "214"), new Entry("资源勘探", "215"), new Entry("商业服务业", "216"),
            new Entry("金融", "217"), new Entry("援助其他地区", "219"), new Entry("自然资源海洋气象", "220"),
            new Entry("住房保障", "221"), new Entry("粮油物资储备", "222"), new Entry("国有资本经营预算支出", "223"),
            new Entry("灾害防治及应急管理", "224"), new Entry("债务还本", "231"), new Entry("债务付息", "232"),
            new Entry("债务发行费用", "233"), new Entry("抗疫特别国债", "234"), new Entry("其他支出", "229"));

    private FunctionClass() {
    }

    /** The class code for an expense-side label such as "十四、资源勘探工业信息等支出" (ordinal already removed). */
    static Optional<String> codeFor(String name) {
        if (!name.endsWith("支出") || name.contains("收入")) {
            return Optional.empty();
        }
        return CLASSES.stream().filter(e -> name.contains(e.keyword())).map(Entry::code).findFirst();
    }
}
