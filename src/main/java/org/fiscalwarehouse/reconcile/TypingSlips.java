package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The figures a printed figure may have been meant as, one typing slip away: a digit changed, a digit added to or
 * dropped from the whole part, or two neighbouring digits swapped. The decimals keep their count.
 */
final class TypingSlips {

    private TypingSlips() {
    }

    static List<BigDecimal> of(BigDecimal printed) {
        String s = printed.abs().toPlainString();
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String decimals = dot < 0 ? "" : s.substring(dot);
        Set<String> out = new LinkedHashSet<>();
        String digits = whole + decimals.replace(".", "");
        for (int i = 0; i < digits.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != digits.charAt(i)) {
                    out.add(reassemble(digits.substring(0, i) + d + digits.substring(i + 1), whole.length()));
                }
            }
            if (i + 1 < digits.length() && digits.charAt(i) != digits.charAt(i + 1)) {
                out.add(reassemble(digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i)
                        + digits.substring(i + 2), whole.length()));
            }
        }
        for (int i = 0; i <= whole.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                out.add(whole.substring(0, i) + d + whole.substring(i) + decimals);
            }
        }
        for (int i = 0; i < whole.length() && whole.length() > 1; i++) {
            out.add(whole.substring(0, i) + whole.substring(i + 1) + decimals);
        }
        Set<BigDecimal> values = new LinkedHashSet<>();
        for (String v : out) {
            BigDecimal b = new BigDecimal(v);
            if (b.compareTo(printed.abs()) != 0) {
                values.add(printed.signum() < 0 ? b.negate() : b);
            }
        }
        return List.copyOf(values);
    }

    private static String reassemble(String digits, int wholeLength) {
        return wholeLength == digits.length() ? digits
                : digits.substring(0, wholeLength) + "." + digits.substring(wholeLength);
    }
}
