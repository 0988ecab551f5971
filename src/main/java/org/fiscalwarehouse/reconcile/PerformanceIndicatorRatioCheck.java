package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscalwarehouse.parse.PerformanceIndicator;

/**
 * {@code PERFORMANCE.INDICATOR_RATIO}: an indicator row's printed 完成比例 is its 实际完成值 ÷ 年度指标值 × 100, where
 * both are figures in the same unit (the comparator and the unit stripped: "≥650人" and "449人"). The printed ratio
 * is compared at its own precision, one unit of its last decimal place apart allowed (a form may truncate rather
 * than round: 2 decimals → 0.01 pct-point). Two conventions are accepted besides the plain quotient, since forms
 * differ: a met target capped at 100%, and, for a ceiling (≤, <), target ÷ actual. A mismatch is a finding
 * (warning): the ratio may be right and the target or actual mistyped, so the message names the target the ratio
 * implies as well.
 */
class PerformanceIndicatorRatioCheck implements ReconciliationCheck {

    static final String CODE = "PERFORMANCE.INDICATOR_RATIO";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern FIGURE = Pattern.compile("^([<>≤≥=＝]*)(\\d+(?:\\.\\d+)?)(\\D*)$");
    private static final Pattern RATIO = Pattern.compile("^(\\d+(?:\\.\\d+)?)[%％]?$");

    /** A figure as printed: comparator, number, unit. */
    private record Figure(String comparator, BigDecimal value, String unit) {

        static Optional<Figure> of(String text) {
            if (text == null) {
                return Optional.empty();
            }
            Matcher m = FIGURE.matcher(SubjectNames.squash(text));
            return m.matches() ? Optional.of(new Figure(m.group(1), new BigDecimal(m.group(2)), m.group(3)))
                    : Optional.empty();
        }

        boolean ceiling() {
            return comparator.contains("≤") || comparator.contains("<");
        }
    }

    @Override
    public void check(Reconciliation r) {
        for (PerformanceIndicator i : r.facts().indicators()) {
            if (i.completionText() == null) {
                continue;
            }
            Matcher ratio = RATIO.matcher(SubjectNames.squash(i.completionText()));
            Optional<Figure> target = Figure.of(i.targetText());
            Optional<Figure> actual = Figure.of(i.actualText());
            if (!ratio.matches() || target.isEmpty() || actual.isEmpty() || target.get().value().signum() == 0
                    || !target.get().unit().equals(actual.get().unit())) {
                continue; // a qualitative row, or figures that are not of one kind
            }
            BigDecimal printed = new BigDecimal(ratio.group(1));
            r.record(compare(i, target.get(), actual.get(), printed));
        }
    }

    private static CheckResult compare(PerformanceIndicator i, Figure target, Figure actual, BigDecimal printed) {
        int scale = Math.max(printed.scale(), 0);
        BigDecimal quotient = actual.value().multiply(HUNDRED).divide(target.value(), scale + 4, RoundingMode.HALF_UP);
        boolean ok = agrees(printed, quotient);
        if (!ok && target.ceiling() && actual.value().signum() != 0) {
            ok = agrees(printed, target.value().multiply(HUNDRED).divide(actual.value(), scale + 4,
                    RoundingMode.HALF_UP));
        }
        boolean met = target.ceiling() ? actual.value().compareTo(target.value()) <= 0
                : actual.value().compareTo(target.value()) >= 0;
        if (!ok && met && printed.compareTo(HUNDRED) == 0) {
            ok = true; // a met target printed as 100%
        }
        String subject = i.projectNameZh() + " " + i.indicatorZh();
        String computed = "实际完成值 " + i.actualText().strip() + " ÷ 年度指标值 " + i.targetText().strip() + " = "
                + quotient.setScale(Math.max(scale, 2), RoundingMode.HALF_UP).toPlainString() + "%";
        String message = ok ? computed + "; 完成比例 " + i.completionText().strip()
                : computed + " but 完成比例 is printed " + i.completionText().strip() + impliedTarget(target, actual,
                printed);
        return CheckOutcome.finding(CODE, subject, ok, message, CheckResult.WARNING);
    }

    /** Within one unit of the printed ratio's last decimal place. */
    private static boolean agrees(BigDecimal printed, BigDecimal computed) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0));
        return printed.subtract(computed).abs().compareTo(step) <= 0;
    }

    /** The target the printed ratio implies (actual ÷ ratio), at the target's printed precision. */
    private static String impliedTarget(Figure target, Figure actual, BigDecimal printed) {
        if (printed.signum() == 0) {
            return "";
        }
        BigDecimal implied = actual.value().multiply(HUNDRED).divide(printed, target.value().scale(),
                RoundingMode.HALF_UP);
        return ", which implies a 年度指标值 of " + implied.toPlainString() + target.unit();
    }
}
