package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fiscalwarehouse.parse.PerformanceFundingLine;
import org.fiscalwarehouse.parse.PerformanceIndicator;
import org.fiscalwarehouse.parse.ProjectPerformance;

/**
 * {@code PERFORMANCE.SCORE_SUM}: a self-evaluation's 总分 is the funding block's 得分 (预算执行率) plus the indicators'
 * 得分. A gap is a finding (warning): a score item the table does not print (泉州 2024 整体: the indicators make 89.6,
 * the 总分 is 96.6 and no 预算执行 score is printed), or indicator rows the extraction lost.
 */
class PerformanceScoreCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        for (ProjectPerformance p : r.facts().projects()) {
            List<PerformanceIndicator> indicators = r.facts().indicators().stream()
                    .filter(i -> i.projectNameZh().equals(p.projectNameZh()) && i.score() != null).toList();
            if (p.score() == null || indicators.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> funding = r.facts().fundingLines().stream()
                    .filter(l -> l.total() && l.projectNameZh().equals(p.projectNameZh()) && l.score() != null)
                    .map(PerformanceFundingLine::score).findFirst();
            List<BigDecimal> terms = new ArrayList<>();
            List<String> names = new ArrayList<>();
            funding.ifPresent(s -> {
                terms.add(s);
                names.add("预算执行 " + s.toPlainString());
            });
            BigDecimal indicatorScores = indicators.stream().map(PerformanceIndicator::score)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            terms.add(indicatorScores);
            names.add(indicators.size() + " indicators " + indicatorScores.toPlainString()
                    + (funding.isEmpty() ? " (no 预算执行 score printed)" : ""));
            r.record(CheckOutcome.sum("PERFORMANCE.SCORE_SUM", p.projectNameZh() + " 总分", p.score(), terms, names,
                    r.tolerance(), CheckResult.WARNING));
        }
    }
}
