package org.fiscalwarehouse.reconcile;

import java.util.List;
import java.util.Optional;
import org.fiscalwarehouse.parse.ProjectPerformance;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * {@code PERFORMANCE.NARRATIVE_NAME}: each project the narrative names is a self-evaluation table of that name. A
 * near spelling (督查 for the table's 督察, a word left out) fails as a warning naming both spellings (the table's is
 * the one the warehouse uses); a name with no table near it fails the same way.
 */
class PerformanceNarrativeNameCheck implements ReconciliationCheck {

    static final String CODE = "PERFORMANCE.NARRATIVE_NAME";

    @Override
    public void check(Reconciliation r) {
        List<ProjectPerformance> tables = SelfEvaluations.of(r).projects();
        if (tables.isEmpty()) {
            return;
        }
        for (StatFigure named : SelfEvaluations.stated(r, "performance.project_named")) {
            String name = named.item();
            if (tables.stream().anyMatch(p -> SubjectNames.same(name, p.projectNameZh()))) {
                r.record(CheckOutcome.finding(CODE, name, true, name + " has a self-evaluation table of that name",
                        CheckResult.WARNING));
                continue;
            }
            Optional<ProjectPerformance> near = tables.stream().filter(p -> NameDistance.near(name, p.projectNameZh()))
                    .min((a, b) -> Integer.compare(NameDistance.between(name, a.projectNameZh()),
                            NameDistance.between(name, b.projectNameZh())));
            r.record(CheckOutcome.finding(CODE, name, false, near
                    .map(p -> "the narrative names " + name + ", the table " + p.projectNameZh())
                    .orElse("the narrative names " + name + ", which has no self-evaluation table"),
                    CheckResult.WARNING));
        }
    }
}
