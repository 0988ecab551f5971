package org.fiscalwarehouse.parse;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells which standard table a printed title names, by the title's words (never by its printed 公开NN表 number,
 * which units get wrong). The national forms name their tables consistently enough that keywords decide; a title
 * that names no known table (e.g. the part heading "2023 年度部门决算表") is not a table title.
 */
public final class TableTitleClassifier {

    /** Leading ordinals such as "一、", "1.", "（一）", "(2)" and list punctuation. */
    private static final Pattern LEADING_ORDINAL =
            Pattern.compile("^(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+[、.．]?)\\s*");
    private static final Pattern PRINTED_NUMBER = Pattern.compile("公开\\s*\\d+\\s*表");
    private static final Pattern YEAR_NOTE = Pattern.compile("[（(]\\s*\\d{4}\\s*年度?\\s*[)）]");
    private static final int MAX_TITLE_LENGTH = 45;

    private TableTitleClassifier() {
    }

    /** The title text without ordinal, printed number, year note, brackets and spaces; empty if it cannot be one. */
    public static Optional<String> titleText(String lineText) {
        String s = lineText.replaceAll("[\\s\u3000]", "");
        s = PRINTED_NUMBER.matcher(s).replaceAll("");
        s = YEAR_NOTE.matcher(s).replaceAll("");
        s = s.replace("《", "").replace("》", "");
        s = LEADING_ORDINAL.matcher(s).replaceFirst("");
        if (s.isEmpty() || s.length() > MAX_TITLE_LENGTH || !s.endsWith("表")) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** The table code the title names: T01–T09, B01–B10, PERF; empty when it names none of them. */
    public static Optional<String> codeFor(String lineText) {
        return titleText(lineText).flatMap(TableTitleClassifier::classify);
    }

    private static Optional<String> classify(String t) {
        if (t.contains("绩效自评") || t.contains("绩效目标表")) {
            return Optional.of("PERF");
        }
        if (t.contains("决算")) {
            return finalTable(t);
        }
        if (t.contains("预算表") || t.contains("预算总表") || t.contains("经济分类情况表")) {
            return budgetTable(t);
        }
        return Optional.empty();
    }

    private static Optional<String> finalTable(String t) {
        String code;
        if (t.contains("三公")) {
            code = "T07";
        } else if (t.contains("政府性基金")) {
            code = "T08";
        } else if (t.contains("国有资本经营")) {
            code = "T09";
        } else if (t.contains("基本支出")) {
            code = "T06";
        } else if (t.contains("一般公共预算") && t.contains("支出决算")) {
            code = "T05";
        } else if (t.contains("财政拨款收入支出决算")) {
            code = "T04";
        } else if (t.contains("收入支出决算")) {
            code = "T01";
        } else if (t.contains("收入决算")) {
            code = "T02";
        } else if (t.contains("支出决算")) {
            code = "T03";
        } else {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    private static Optional<String> budgetTable(String t) {
        String code;
        if (t.contains("三公")) {
            code = "B10";
        } else if (t.contains("经济分类")) {
            code = t.contains("基本支出") ? "B09" : "B08";
        } else if (t.contains("政府性基金")) {
            code = "B06";
        } else if (t.contains("国有资本经营")) {
            code = "B07";
        } else if (t.contains("基本支出")) {
            code = "B09";
        } else if (t.contains("一般公共预算") && (t.contains("支出预算") || t.contains("支出功能分类"))) {
            code = "B05"; // 一般公共预算支出预算表, 一般公共预算支出功能分类预算表
        } else if (t.contains("财政拨款收支") || t.contains("财政拨款收入支出")) {
            code = "B04";
        } else if (t.contains("收支预算") || t.contains("收入支出预算")) {
            code = "B01";
        } else if (t.contains("收入预算")) {
            code = "B02";
        } else if (t.contains("支出预算")) {
            code = "B03";
        } else {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
