package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads amounts as the documents print them: thousands separators ("2,304.44"), full-width digits, a trailing
 * 万元/%, and dashes or blanks that mean "nothing here". Exact: BigDecimal from the printed digits.
 */
public final class AmountText {

    private static final Pattern AMOUNT = Pattern.compile("[-−]?\\d{1,3}(,\\d{3})+(\\.\\d+)?|[-−]?\\d+(\\.\\d+)?");
    private static final Pattern DASH = Pattern.compile("[-—–－─]+|/");

    private AmountText() {
    }

    /** The cell's amount, or empty when the cell is not a number (a label, a dash, blank). */
    public static Optional<BigDecimal> parse(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String s = normalise(cell);
        if (!AMOUNT.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(",", "").replace('−', '-')));
    }

    /** Whether the cell is printed as "no figure" (blank, —, -, /): blank cells in these forms mean zero. */
    public static boolean isEmptyMark(String cell) {
        if (cell == null) {
            return true;
        }
        String s = cell.strip();
        return s.isEmpty() || DASH.matcher(s).matches();
    }

    /** Whether the text looks like a printed money amount: it has a decimal point or a thousands separator. */
    public static boolean isMoney(String cell) {
        if (cell == null) {
            return false;
        }
        String s = normalise(cell);
        return AMOUNT.matcher(s).matches() && (s.contains(".") || s.contains(","));
    }

    private static String normalise(String cell) {
        StringBuilder b = new StringBuilder(cell.length());
        for (char c : cell.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '，') {
                b.append(',');
            } else if (c != ' ' && c != '\u00A0') {
                b.append(c);
            }
        }
        String s = b.toString();
        for (String suffix : new String[] {"万元", "元", "%", "％"}) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }
}
