package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Builds a {@link CheckResult} for "these terms should sum to that total", with the tolerance for the term count. */
final class CheckOutcome {

    private CheckOutcome() {
    }

    static CheckResult sum(String code, String subject, BigDecimal total, List<BigDecimal> terms, List<String> names,
                           Tolerance tolerance) {
        BigDecimal sum = terms.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean ok = tolerance.agrees(total, sum, terms.size());
        String parts = names.stream().collect(Collectors.joining(" + "));
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
        return new CheckResult(code, ok ? "info" : "error", ok ? CheckStatus.PASS : CheckStatus.FAIL, subject, total,
                sum, message);
    }
}
