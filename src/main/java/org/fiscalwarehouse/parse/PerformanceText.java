package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.extract.Line;

/**
 * Cell text of the performance tables as stored: HTML tags some extractions leave inside cells ("<p>1. …") removed,
 * and the spaces that wrapping or justified glyph spacing puts between two CJK characters ("满意度指 标",
 * "成 本 指标") dropped; a space next to a digit or Latin letter is printed and kept ("医疗服务…资金 2").
 */
final class PerformanceText {

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern SPACE_BETWEEN_CJK =
            Pattern.compile("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])[\\s\u3000]+"
                    + "(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])");
    private static final Pattern PERCENT = Pattern.compile(".*[%％]\\s*$");
    private static final Pattern COMPARATOR = Pattern.compile("^[≥≤=<>＞＜≦≧≠]");

    private PerformanceText() {
    }

    /** The cell's text as stored. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = TAG.matcher(text).replaceAll("");
        s = SPACE_BETWEEN_CJK.matcher(s.strip()).replaceAll("");
        return s.replaceAll("[\\s\u3000]+", " ").strip();
    }

    /** Without any whitespace: for matching labels and header words. */
    static String compact(String text) {
        return TAG.matcher(text == null ? "" : text).replaceAll("").replaceAll("[\\s\u3000]", "");
    }

    /** The line's non-blank cells, texts cleaned. */
    static List<Cell> filled(Line line) {
        return line.cells().stream()
                .map(c -> new Cell(clean(c.text()), c.x(), c.width()))
                .filter(c -> !c.text().isEmpty())
                .toList();
    }

    /** A number printed without a percent sign: a weight or a score. */
    static boolean isPlainNumber(String text) {
        return AmountText.parse(text).isPresent() && !PERCENT.matcher(text).matches();
    }

    static Optional<BigDecimal> number(String text) {
        return AmountText.parse(text);
    }

    /** A target printed as a comparison ("≥95%", "=100%", "<24 小时"). */
    static boolean startsWithComparator(String text) {
        return COMPARATOR.matcher(text.strip()).find();
    }
}
