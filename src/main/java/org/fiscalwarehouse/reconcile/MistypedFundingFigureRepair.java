package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.PerformanceFundingLine;
import org.fiscalwarehouse.parse.ProjectPerformance;
import org.fiscalwarehouse.parse.Source;

/**
 * {@code PERFORMANCE.FIGURE_MISTYPED}: one printed figure of a self-evaluation's funding block that two of its
 * identities prove wrong (Xiamen 2023 整体 prints 全年执行数 128,685.25 while its breakdown adds up to 126,685.26 and
 * its stated 执行率 99.11% of 127,818.89 gives 126,685.25: it is 126,685.25). The project's published figures take
 * the repaired value; see {@link MistypedFigureFinder} for when a figure counts as proven.
 */
class MistypedFundingFigureRepair implements ReconciliationCheck {

    static final String CODE = "PERFORMANCE.FIGURE_MISTYPED";

    @Override
    public void check(Reconciliation r) {
        for (FundingGrid grid : FundingGrid.of(r.facts())) {
            List<MistypedFigureFinder.Constraint<FundingGrid.Cell>> constraints = new ArrayList<>(
                    grid.identities(r.tolerance()));
            constraints.addAll(grid.rates());
            Map<FundingGrid.Cell, BigDecimal> printed = grid.values();
            Map<Integer, List<MistypedFigureFinder.Fix<FundingGrid.Cell>>> byRow = new java.util.TreeMap<>();
            for (MistypedFigureFinder.Fix<FundingGrid.Cell> fix : MistypedFigureFinder.find(printed, constraints,
                    c -> grid.lines().get(c.row()).source() == Source.TABLE
                            && c.column().read.apply(grid.lines().get(c.row())) != null)) {
                byRow.computeIfAbsent(fix.cell().row(), k -> new ArrayList<>()).add(fix);
            }
            byRow.forEach((row, fixes) -> repair(r, grid, row, fixes));
        }
    }

    /** One row's fixes: the row (and for the first row the project's figures) replaced once with all of them. */
    private static void repair(Reconciliation r, FundingGrid grid, int row,
                               List<MistypedFigureFinder.Fix<FundingGrid.Cell>> fixes) {
        PerformanceFundingLine line = grid.lines().get(row);
        PerformanceFundingLine fixedLine = line;
        Optional<ProjectPerformance> project = line.total() ? project(r, line) : Optional.empty();
        ProjectPerformance fixedProject = project.orElse(null);
        for (MistypedFigureFinder.Fix<FundingGrid.Cell> fix : fixes) {
            fixedLine = withValue(fixedLine, fix.cell().column(), fix.value());
            if (fixedProject != null) {
                fixedProject = withValue(fixedProject, fix.cell().column(), fix.value());
            }
        }
        ParsedFacts was = ParsedFacts.empty();
        ParsedFacts now = ParsedFacts.empty();
        was.fundingLines().add(line);
        now.fundingLines().add(fixedLine);
        if (fixedProject != null) {
            was.projects().add(project.get());
            now.projects().add(fixedProject);
        }
        for (int k = 0; k < fixes.size(); k++) {
            MistypedFigureFinder.Fix<FundingGrid.Cell> fix = fixes.get(k);
            String subject = grid.project() + " " + grid.rowName(row) + " " + fix.cell().column().nameZh;
            CheckResult result = CheckOutcome.repaired(CODE, subject, fix.printed(), fix.value(),
                    MistypedSubjectFigureRepair.why(fix));
            if (k == 0) {
                r.repair(result, was, now);
            } else {
                r.record(result);
            }
        }
    }

    /** The published project figures the first row of the block stands for. */
    private static Optional<ProjectPerformance> project(Reconciliation r, PerformanceFundingLine line) {
        return r.facts().projects().stream()
                .filter(p -> p.projectNameZh().equals(line.projectNameZh())
                        && (p.provenance() == null || line.provenance() == null
                        || p.provenance().page() == line.provenance().page()))
                .findFirst();
    }

    private static PerformanceFundingLine withValue(PerformanceFundingLine l, FundingGrid.Column c, BigDecimal v) {
        return new PerformanceFundingLine(l.projectNameZh(), l.lineZh(), l.total(),
                c == FundingGrid.Column.INITIAL ? v : l.budgetInitialWan(),
                c == FundingGrid.Column.ADJUSTED ? v : l.adjustedWan(),
                c == FundingGrid.Column.FULL_YEAR ? v : l.budgetFullYearWan(),
                c == FundingGrid.Column.EXECUTED ? v : l.executedWan(), l.statedRatePct(), l.score(), Source.REPAIRED,
                l.provenance());
    }

    private static ProjectPerformance withValue(ProjectPerformance p, FundingGrid.Column c, BigDecimal v) {
        return new ProjectPerformance(p.projectNameZh(),
                c == FundingGrid.Column.INITIAL ? v : p.budgetInitialWan(),
                c == FundingGrid.Column.FULL_YEAR ? v : p.budgetFullYearWan(),
                c == FundingGrid.Column.EXECUTED ? v : p.executedWan(), p.statedRatePct(), p.score(), Source.REPAIRED,
                p.provenance());
    }
}
