package org.fiscalwarehouse.reconcile;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.fiscalwarehouse.parse.DocumentStatus;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;

/**
 * The reconcile stage: runs every rule on a document, in order (repairs, then derivations, then checks, so that the
 * checks see the repaired figures), and returns its facts with what the rules found. With the other documents of the
 * run at hand, a derived figure is also compared with the document that states it.
 */
public class Reconciler {

    private final List<ReconciliationCheck> checks;
    private final Tolerance tolerance;

    public Reconciler(List<ReconciliationCheck> checks, Tolerance tolerance) {
        this.checks = List.copyOf(checks);
        this.tolerance = tolerance;
    }

    public static Reconciler withDefaultChecks(Tolerance tolerance) {
        return new Reconciler(List.of(
                // repairs: what the arithmetic proves, before anything is checked against it
                new TruncatedCodeRepair(), new SubjectNameRepair(), new PermutedRowRepair(),
                new MistypedSubjectFigureRepair(), new MistypedFundingFigureRepair(),
                // derivations: figures the document implies without printing them
                new LostSubjectCellDerivation(), new StatTermDerivation(), new HeadcountTotalDerivation(),
                new SangongBudgetDerivation(), new PriorYearDerivation(), new SangongTotalDerivation(),
                // each table's own identities
                new IncomeExpenseBalanceCheck(), new ClassRowsSumCheck(), new FiscalSummaryBalanceCheck(),
                new SubjectRowSumCheck(), new SubjectHierarchyCheck(), new EconomicSubjectSumCheck(),
                new SangongSumCheck(), new FundingBreakdownCheck(), new PerformanceRateCheck(), new PerformanceTaskRateCheck(),
                new PerformanceScoreCheck(),
                new PerformanceBudgetWithdrawnCheck(), new PerformanceExecutionScoreCheck(),
                new PerformanceIndicatorAgreementCheck(), new PerformanceIndicatorRatioCheck(),
                // across tables
                new ClassesAcrossTablesCheck(),
                new StatSumCheck("CROSS.T01_T02.INCOME", "t01.income_total", "t02.total"),
                new StatSumCheck("CROSS.T01_T03.EXPENSE", "t01.expense_total", "t03.expense_total"),
                new StatSumCheck("CROSS.T01_T03.BASIC_PROJECT", "t01.expense_total", "t03.basic_total",
                        "t03.project_total"),
                new StatSumCheck("CROSS.T01_T04.GPB_INCOME", "t01.gpb_appropriation", "t04.gpb_income"),
                new StatSumCheck("CROSS.T05_T06.BASIC", "t05.gpb_basic", "t06.personnel_total", "t06.public_total"),
                new SangongAgainstBasicSpendingCheck(), new PerformanceSangongRateCheck(),
                // the budget's own identities
                new StatSumCheck("BUDGET.BALANCE", "budget.income_total", "budget.expense_total"),
                new StatSumCheck("BUDGET.BASIC_PROJECT", "budget.expense_total", "budget.basic_total",
                        "budget.project_total"),
                new StatSumCheck("BUDGET.GPB_SPLIT", "budget.gpb_total", "budget.gpb_basic", "budget.gpb_project"),
                new StatSumCheck("BUDGET.PERSONNEL_PUBLIC", "budget.gpb_basic", "budget.personnel", "budget.public"),
                // the narrative against the tables, and against itself
                new NarrativeAgreesWithTableCheck(), new SubjectNameAgreementCheck(), new SubjectChangesSumCheck(),
                new StatedChangeRateCheck(), new NarrativeZeroBaseGrowthCheck(),
                new PerformanceNarrativeCountCheck(), new PerformanceNarrativeNameCheck(),
                new PerformanceNarrativeFundsCheck(),
                // against the other documents of the run
                new DerivedAgainstStatedCheck()), tolerance);
    }

    public ReconciledDocument reconcile(ParsedDocument document) {
        return reconcile(document, List.of());
    }

    /**
     * @param loaded every document of the run (this one may be among them); those of the same unit and scope are
     *               reconciled on their own when a rule asks for them
     */
    public ReconciledDocument reconcile(ParsedDocument document, List<ParsedDocument> loaded) {
        if (document.status() == DocumentStatus.REJECTED || document.facts() == null || document.identity() == null) {
            return new ReconciledDocument(document, ParsedFacts.empty().frozen(), List.of());
        }
        Supplier<List<ReconciledDocument>> others = memoised(() -> loaded.stream()
                .filter(o -> !o.docId().equals(document.docId()) && o.status() != DocumentStatus.REJECTED
                        && o.identity() != null && o.facts() != null
                        && Objects.equals(o.identity().unitCode(), document.identity().unitCode())
                        && o.identity().scope() == document.identity().scope())
                .map(this::reconcile)
                .toList());
        Reconciliation reconciliation = new Reconciliation(document, tolerance, others);
        for (ReconciliationCheck check : checks) {
            check.check(reconciliation);
        }
        return reconciliation.result();
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
