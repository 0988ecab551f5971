package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fiscalwarehouse.parse.ProjectPerformance;

/**
 * {@code PERFORMANCE.EXECUTION_SCORE}: one document scores its projects' budget execution (the funding block's 得分)
 * by one rule, whatever it is: a higher 执行率 never scores less, and equal rates score alike. A break is a finding
 * (warning) naming the two projects. When every score is either 0 or the full score, the message gives the band
 * the document's own figures leave for the threshold (between the best rate scoring 0 and the worst scoring full).
 * Projects whose 全年预算数 is 0 have no rate and are left out.
 */
class PerformanceExecutionScoreCheck implements ReconciliationCheck {

    private record Scored(String project, BigDecimal rate, BigDecimal score) {
    }

    @Override
    public void check(Reconciliation r) {
        SelfEvaluations tables = SelfEvaluations.of(r);
        List<Scored> scored = new ArrayList<>();
        for (ProjectPerformance p : tables.projects()) {
            tables.total(p.projectNameZh()).filter(l -> l.score() != null && l.statedRatePct() != null
                            && l.budgetFullYearWan() != null && l.budgetFullYearWan().signum() > 0)
                    .ifPresent(l -> scored.add(new Scored(p.projectNameZh(), l.statedRatePct(), l.score())));
        }
        if (scored.size() < 2) {
            return;
        }
        scored.sort(Comparator.comparing(Scored::rate));
        List<String> breaks = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            for (int j = i + 1; j < scored.size(); j++) {
                Scored lower = scored.get(i);
                Scored higher = scored.get(j);
                int rates = lower.rate().compareTo(higher.rate());
                int scores = lower.score().compareTo(higher.score());
                if (scores > 0 || (rates == 0 && scores != 0)) {
                    breaks.add(describe(higher) + " scores below " + describe(lower));
                }
            }
        }
        String subject = "执行率 得分";
        if (!breaks.isEmpty()) {
            r.record(CheckOutcome.finding("PERFORMANCE.EXECUTION_SCORE", subject, false,
                    String.join("; ", breaks), CheckResult.WARNING));
            return;
        }
        r.record(CheckOutcome.finding("PERFORMANCE.EXECUTION_SCORE", subject, true,
                scored.size() + " projects: a higher 执行率 never scores less" + band(scored), CheckResult.WARNING));
    }

    /** For all-or-nothing scores, where the threshold must lie. */
    private static String band(List<Scored> sorted) {
        BigDecimal full = sorted.stream().map(Scored::score).max(Comparator.naturalOrder()).orElseThrow();
        if (full.signum() == 0 || sorted.stream().anyMatch(s -> s.score().signum() != 0 && s.score().compareTo(full) != 0)) {
            return "";
        }
        BigDecimal bestZero = sorted.stream().filter(s -> s.score().signum() == 0).map(Scored::rate)
                .max(Comparator.naturalOrder()).orElse(null);
        BigDecimal worstFull = sorted.stream().filter(s -> s.score().compareTo(full) == 0).map(Scored::rate)
                .min(Comparator.naturalOrder()).orElseThrow();
        return "; all-or-nothing scores: the full " + full.toPlainString() + " from a rate "
                + (bestZero == null ? "" : "above " + bestZero.toPlainString() + "% and ") + "at most "
                + worstFull.toPlainString() + "%";
    }

    private static String describe(Scored s) {
        return s.project() + " (" + s.rate().toPlainString() + "% → " + s.score().toPlainString() + ")";
    }
}
