package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fiscalwarehouse.parse.ProjectPerformance;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * The narrative's account of the self-evaluations against the tables: {@code PERFORMANCE.NARRATIVE_COUNT}, the
 * number of projects it says were self-evaluated = the self-evaluation tables found; {@code
 * PERFORMANCE.NARRATIVE_LISTED}, it names as many projects as it counts (a list ending 等项目 may leave some out;
 * the message names the tables it does not name). Both are findings (warning): a table may simply not be published.
 */
class PerformanceNarrativeCountCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        List<StatFigure> count = SelfEvaluations.stated(r, "performance.projects_evaluated");
        if (count.isEmpty()) {
            return;
        }
        SelfEvaluations tables = SelfEvaluations.of(r);
        BigDecimal stated = count.get(0).value();
        BigDecimal found = BigDecimal.valueOf(tables.projects().size());
        boolean same = stated.compareTo(found) == 0;
        r.record(new CheckResult("PERFORMANCE.NARRATIVE_COUNT", same ? CheckResult.INFO : CheckResult.WARNING,
                same ? CheckStatus.PASS : CheckStatus.FAIL, "projects self-evaluated", stated, found,
                "the narrative states " + stated.toPlainString() + " projects self-evaluated; "
                        + found.toPlainString() + " self-evaluation tables found"));

        List<String> named = SelfEvaluations.stated(r, "performance.project_named").stream().map(StatFigure::item)
                .toList();
        if (named.isEmpty()) {
            return;
        }
        List<String> unnamed = new ArrayList<>();
        for (ProjectPerformance p : tables.projects()) {
            if (named.stream().noneMatch(n -> n.equals(p.projectNameZh()) || SubjectNames.same(n, p.projectNameZh()))
                    && named.stream().noneMatch(n -> NameDistance.near(n, p.projectNameZh())
                    && tables.projects().stream().noneMatch(q -> SubjectNames.same(n, q.projectNameZh())))) {
                unnamed.add(p.projectNameZh());
            }
        }
        BigDecimal listed = BigDecimal.valueOf(named.size());
        boolean all = listed.compareTo(stated) == 0;
        r.record(new CheckResult("PERFORMANCE.NARRATIVE_LISTED", all ? CheckResult.INFO : CheckResult.WARNING,
                all ? CheckStatus.PASS : CheckStatus.FAIL, "projects named", stated, listed,
                "the narrative names " + listed.toPlainString() + " of the " + stated.toPlainString()
                        + " projects it states" + (unnamed.isEmpty() ? ""
                        : "; tables it does not name: " + String.join("、", unnamed))));
    }
}
