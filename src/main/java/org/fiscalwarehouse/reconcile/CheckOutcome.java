package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.List;

/**
 * Builds {@link CheckResult}s with the house wording: an exact agreement, an agreement within rounding (the message
 * says 尾数误差), or a disagreement naming both values and their difference.
 */
final class CheckOutcome {

    private CheckOutcome() {
    }

    /** "these terms should sum to that total", with the tolerance for the term count; a failure is an error. */
    static CheckResult sum(String code, String subject, BigDecimal total, List<BigDecimal> terms, List<String> names,
                           Tolerance tolerance) {
        return sum(code, subject, total, terms, names, tolerance, CheckResult.ERROR);
    }

    static CheckResult sum(String code, String subject, BigDecimal total, List<BigDecimal> terms, List<String> names,
                           Tolerance tolerance, String failSeverity) {
        BigDecimal sum = terms.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean ok = tolerance.agrees(total, sum, terms.size());
        String parts = String.join(" + ", names);
        String message;
        if (total.compareTo(sum) == 0) {
            message = parts + " = " + total.toPlainString();
        } else if (ok) {
            message = parts + " = " + sum.toPlainString() + " vs " + total.toPlainString()
                    + ": within rounding tolerance (尾数误差)";
        } else {
            message = parts + " = " + sum.toPlainString() + " but the document states " + total.toPlainString()
                    + " (difference " + total.subtract(sum).toPlainString() + ")";
        }
        return new CheckResult(code, ok ? CheckResult.INFO : failSeverity, ok ? CheckStatus.PASS : CheckStatus.FAIL,
                subject, total, sum, message);
    }

    /** Two statements of one figure: {@code expected} is the reference (e.g. the table), {@code actual} the other. */
    static CheckResult same(String code, String subject, String expectedName, BigDecimal expected, String actualName,
                            BigDecimal actual, int terms, Tolerance tolerance, String failSeverity) {
        boolean ok = tolerance.agrees(expected, actual, terms);
        String message;
        if (expected.compareTo(actual) == 0) {
            message = actualName + " = " + expectedName + " = " + expected.toPlainString();
        } else if (ok) {
            message = actualName + " " + actual.toPlainString() + " vs " + expectedName + " " + expected.toPlainString()
                    + ": within rounding tolerance (尾数误差)";
        } else {
            message = actualName + " " + actual.toPlainString() + " but " + expectedName + " " + expected.toPlainString()
                    + " (difference " + actual.subtract(expected).toPlainString() + ")";
        }
        return new CheckResult(code, ok ? CheckResult.INFO : failSeverity, ok ? CheckStatus.PASS : CheckStatus.FAIL,
                subject, expected, actual, message);
    }

    /** A printed figure replaced by what the arithmetic proves; the message keeps the printed value. */
    static CheckResult repaired(String code, String subject, BigDecimal printed, BigDecimal repaired, String why) {
        return new CheckResult(code, CheckResult.INFO, CheckStatus.REPAIRED, subject, repaired, printed,
                "printed " + printed.toPlainString() + ", repaired to " + repaired.toPlainString() + ": " + why);
    }

    /** A finding about labels or structure, with no amounts to compare. */
    static CheckResult finding(String code, String subject, boolean ok, String message, String failSeverity) {
        return new CheckResult(code, ok ? CheckResult.INFO : failSeverity, ok ? CheckStatus.PASS : CheckStatus.FAIL,
                subject, null, null, message);
    }
}
