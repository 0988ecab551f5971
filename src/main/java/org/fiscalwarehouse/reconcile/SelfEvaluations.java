package org.fiscalwarehouse.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscalwarehouse.parse.PerformanceFundingLine;
import org.fiscalwarehouse.parse.ProjectPerformance;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * A document's project self-evaluation tables as the checks see them: one per project name, the whole-unit table
 * ({@code 整体}) and a budget's target tables (no execution figures) left out, with each project's funding rows.
 */
record SelfEvaluations(List<ProjectPerformance> projects, List<PerformanceFundingLine> fundingLines) {

    static final String WHOLE_UNIT = "整体";

    static SelfEvaluations of(Reconciliation r) {
        Map<String, ProjectPerformance> byName = new LinkedHashMap<>();
        for (ProjectPerformance p : r.facts().projects()) {
            if (!p.projectNameZh().equals(WHOLE_UNIT) && p.executedWan() != null) {
                byName.putIfAbsent(p.projectNameZh(), p);
            }
        }
        return new SelfEvaluations(List.copyOf(byName.values()), r.facts().fundingLines());
    }

    /** The funding block's first row (年度资金总额) of a project. */
    Optional<PerformanceFundingLine> total(String project) {
        return fundingLines.stream().filter(l -> l.total() && l.projectNameZh().equals(project)).findFirst();
    }

    /** The project's 当年财政拨款 row (its label may be cut: "其中：当年财政拨"). */
    Optional<PerformanceFundingLine> currentAppropriation(String project) {
        return fundingLines.stream().filter(l -> !l.total() && l.projectNameZh().equals(project)
                && SubjectNames.squash(l.lineZh()).contains("当年财政拨")).findFirst();
    }

    /** The narrative's statements about the self-evaluations ({@code performance.*}). */
    static List<StatFigure> stated(Reconciliation r, String metric) {
        return r.facts().stats().stream().filter(s -> s.metric().equals(metric) && s.fiscalYear() == r.year())
                .toList();
    }
}
