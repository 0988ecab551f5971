package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * What a table cell's text is: a subject code, a printed amount, a "no figure" mark, a bare integer (行次/栏次 or a
 * page number), or label text. Amounts are printed with decimals, so integers are never read as amounts.
 */
public enum TableToken {
    BLANK, CODE, AMOUNT, DASH, INTEGER, TEXT;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern FUNC_CODE = Pattern.compile("\\d{2}|\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern ECON_CODE = Pattern.compile("[3-5]\\d{2}|[3-5]\\d{4}");

    public static TableToken of(String text) {
        if (text == null || text.isBlank()) {
            return BLANK;
        }
        String s = text.strip();
        if (AmountText.isMoney(s)) {
            return AMOUNT;
        }
        if (AmountText.isEmptyMark(s)) {
            return DASH;
        }
        if (DIGITS.matcher(s).matches()) {
            return FUNC_CODE.matcher(s).matches() || ECON_CODE.matcher(s).matches() ? CODE : INTEGER;
        }
        return TEXT;
    }

    /** Whether the text can be a 功能分类 subject code as printed (3/5/7 digits, or a class code cut to 2). */
    public static boolean isFunctionCode(String text) {
        return text != null && FUNC_CODE.matcher(text.strip()).matches();
    }

    /** Whether the text can be a 经济分类 subject code (3 or 5 digits, 3xx–5xx). */
    public static boolean isEconomicCode(String text) {
        return text != null && ECON_CODE.matcher(text.strip()).matches();
    }

    /** A figure cell's value: the amount, or zero for a dash (a blank or "—" in these tables means nothing spent). */
    public static BigDecimal figure(String text) {
        return AmountText.parse(text).orElse(BigDecimal.ZERO.setScale(2));
    }

    public boolean isFigure() {
        return this == AMOUNT || this == DASH;
    }
}
