package org.fiscalwarehouse.parse;

/**
 * Brings what a table parser read in the table's own unit to 万元, the warehouse's unit, in one place for all
 * parsers: every money figure (func, econ and 三公 amounts, 万元 stat figures, project budgets and execution) is
 * converted and its provenance column notes the conversion ("预算数 (元→万元)"). Counts, rates and scores stay.
 */
public final class AmountConversion {

    private AmountConversion() {
    }

    public static ParsedFacts toWan(ParsedFacts facts, AmountUnit unit) {
        if (unit == AmountUnit.WAN_YUAN) {
            return facts;
        }
        ParsedFacts converted = ParsedFacts.empty();
        facts.funcAmounts().forEach(f -> converted.funcAmounts().add(new FuncAmount(f.tableCode(), f.subjectCode(),
                f.subjectNameZh(), f.measure(), unit.toWan(f.amountWan()), f.source(), noted(f.provenance(), unit))));
        facts.econAmounts().forEach(e -> converted.econAmounts().add(new EconAmount(e.tableCode(), e.econCode(),
                e.econNameZh(), unit.toWan(e.amountWan()), e.source(), noted(e.provenance(), unit))));
        facts.sangong().forEach(s -> converted.sangong().add(new SangongFigure(s.fiscalYear(), s.category(),
                s.phase(), unit.toWan(s.amountWan()), s.statedRatePct(), s.source(), noted(s.provenance(), unit))));
        facts.stats().forEach(s -> converted.stats().add(StatFigure.WAN_YUAN.equals(s.valueUnit())
                ? new StatFigure(s.fiscalYear(), s.metric(), s.item(), unit.toWan(s.value()), s.valueUnit(),
                        s.source(), noted(s.provenance(), unit))
                : s));
        facts.projects().forEach(p -> converted.projects().add(new ProjectPerformance(p.projectNameZh(),
                unit.toWan(p.budgetInitialWan()), unit.toWan(p.budgetFullYearWan()), unit.toWan(p.executedWan()),
                p.statedRatePct(), p.score(), p.source(), noted(p.provenance(), unit))));
        converted.indicators().addAll(facts.indicators());
        converted.issues().addAll(facts.issues());
        return converted;
    }

    private static Provenance noted(Provenance p, AmountUnit unit) {
        return p == null ? null : new Provenance(p.page(), p.table(), p.rowLabel(), unit.annotate(p.column()));
    }
}
