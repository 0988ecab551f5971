package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.fiscalwarehouse.parse.PerformanceFundingLine;
import org.fiscalwarehouse.parse.ProjectPerformance;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * {@code PERFORMANCE.NARRATIVE_FUNDS}: the narrative's 涉及财政拨款资金共计 = the self-evaluated projects' 当年财政拨款
 * 全年预算数 (a project that prints no such row counts with its 年度资金总额). When it is not, the message gives the
 * other readings it could be (the projects' 全年预算数 and 年初预算数) so that an analyst sees it matches none, or
 * which one it matches. A finding (warning): the narrative's wording does not pin the definition down.
 */
class PerformanceNarrativeFundsCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        List<StatFigure> funds = SelfEvaluations.stated(r, "performance.funds_total");
        SelfEvaluations tables = SelfEvaluations.of(r);
        if (funds.isEmpty() || tables.projects().isEmpty()) {
            return;
        }
        BigDecimal stated = funds.get(0).value();
        BigDecimal appropriation = sum(tables, p -> tables.currentAppropriation(p.projectNameZh())
                .or(() -> tables.total(p.projectNameZh())).map(PerformanceFundingLine::budgetFullYearWan)
                .orElse(p.budgetFullYearWan()));
        BigDecimal fullYear = sum(tables, ProjectPerformance::budgetFullYearWan);
        BigDecimal initial = sum(tables, ProjectPerformance::budgetInitialWan);
        int terms = tables.projects().size();
        Tolerance t = r.tolerance();
        boolean ok = t.agrees(appropriation, stated, terms);
        String readings = "当年财政拨款 全年预算数 " + appropriation.toPlainString() + ", 全年预算数 "
                + fullYear.toPlainString() + ", 年初预算数 " + initial.toPlainString();
        String message;
        if (ok) {
            message = "the narrative's " + stated.toPlainString() + " = the " + terms + " projects' 当年财政拨款 全年预算数 "
                    + appropriation.toPlainString() + (appropriation.compareTo(stated) == 0 ? "" : " (尾数误差)");
        } else {
            String other = t.agrees(fullYear, stated, terms) ? "; it is their 全年预算数"
                    : t.agrees(initial, stated, terms) ? "; it is their 年初预算数" : "; it matches none of them";
            message = "the narrative states " + stated.toPlainString() + "; the " + terms + " projects' " + readings
                    + other;
        }
        r.record(new CheckResult("PERFORMANCE.NARRATIVE_FUNDS", ok ? CheckResult.INFO : CheckResult.WARNING,
                ok ? CheckStatus.PASS : CheckStatus.FAIL, "涉及财政拨款资金", appropriation, stated, message));
    }

    private static BigDecimal sum(SelfEvaluations tables, Function<ProjectPerformance, BigDecimal> value) {
        return tables.projects().stream().map(value).map(v -> v == null ? BigDecimal.ZERO : v)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
