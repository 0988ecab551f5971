package org.fiscalwarehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.document;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.row;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.run;

import java.math.BigDecimal;
import java.util.List;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.PerformanceFundingLine;
import org.fiscalwarehouse.parse.ProjectPerformance;
import org.fiscalwarehouse.parse.Provenance;
import org.fiscalwarehouse.parse.Source;
import org.junit.jupiter.api.Test;

class MistypedFigureRepairTest {

    private static final String[] INCOME = {"total", "fiscal_appropriation", "other_income"};

    /** Xiamen 2023 table 02, 款 21015 and its 项: 2101501 prints 财政拨款 3,948.26 beside 合计 3,948.26 and 其他 2.00. */
    private static ParsedFacts xiamenTable02Section21015(boolean withSection) {
        ParsedFacts f = ParsedFacts.empty();
        if (withSection) {
            f.funcAmounts().addAll(row("T02", "21015", INCOME, "8687.65", "8685.65", "2.00"));
        }
        f.funcAmounts().addAll(row("T02", "2101501", INCOME, "3948.26", "3948.26", "2.00"));
        f.funcAmounts().addAll(row("T02", "2101505", INCOME, "1313.00", "1313.00", "0.00"));
        f.funcAmounts().addAll(row("T02", "2101506", INCOME, "1743.00", "1743.00", "0.00"));
        f.funcAmounts().addAll(row("T02", "2101550", INCOME, "331.15", "331.15", "0.00"));
        f.funcAmounts().addAll(row("T02", "2101599", INCOME, "1352.24", "1352.24", "0.00"));
        return f;
    }

    @Test
    void repairsXiamenTable02FiscalAppropriationThatItsRowAndColumnBothProveWrong() {
        Reconciliation r = run(document(2023, xiamenTable02Section21015(true)), new MistypedSubjectFigureRepair());

        CheckResult result = r.results().get(0);
        assertThat(result.checkCode()).isEqualTo("SUBJECT.FIGURE_MISTYPED");
        assertThat(result.subject()).isEqualTo("T02 2101501 fiscal_appropriation");
        assertThat(result.actualWan()).isEqualByComparingTo("3948.26");
        assertThat(result.expectedWan()).isEqualByComparingTo("3946.26");
        assertThat(result.message()).contains("printed 3948.26").contains("row 2101501")
                .contains("column 21015 fiscal_appropriation");
        assertThat(PermutedRowRepairTest.amount(r.facts(), "2101501", "fiscal_appropriation"))
                .isEqualByComparingTo("3946.26");
        assertThat(PermutedRowRepairTest.amount(r.facts(), "2101501", "total")).isEqualByComparingTo("3948.26");
    }

    @Test
    void aRowThatFailsAloneProvesNothing() {
        // without the 款 row only the 项's own row fails: 合计, 财政拨款 or 其他收入 could be the wrong one
        Reconciliation r = run(document(2023, xiamenTable02Section21015(false)), new MistypedSubjectFigureRepair());

        assertThat(r.results()).isEmpty();
    }

    @Test
    void repairsXiamenWholeUnitExecutionThatItsBreakdownAndRateProveMistyped() {
        Reconciliation r = run(document(2023, xiamenWholeUnit()), new MistypedFundingFigureRepair());

        assertThat(r.results()).extracting(CheckResult::subject, c -> c.expectedWan().toPlainString())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("整体 合计 年初预算数", "99164.77"),
                        org.assertj.core.groups.Tuple.tuple("整体 合计 全年执行数", "126685.25"),
                        org.assertj.core.groups.Tuple.tuple("整体 发展经费 调整数", "26910.53"));
        ProjectPerformance whole = r.facts().projects().get(0);
        assertThat(whole.source()).isEqualTo(Source.REPAIRED);
        assertThat(whole.executedWan()).isEqualByComparingTo("126685.25");
        assertThat(whole.budgetInitialWan()).isEqualByComparingTo("99164.77");
        assertThat(whole.budgetFullYearWan()).isEqualByComparingTo("127818.89");
        assertThat(r.result().facts().projects()).extracting(ProjectPerformance::executedWan)
                .containsExactly(new BigDecimal("128685.25"), new BigDecimal("126685.25"));
    }

    @Test
    void findsTheTypingSlipsOfAPrintedFigure() {
        assertThat(TypingSlips.of(new BigDecimal("128685.25"))).contains(new BigDecimal("126685.25"))
                .doesNotContain(new BigDecimal("128685.25"));
        assertThat(TypingSlips.of(new BigDecimal("9164.77"))).contains(new BigDecimal("99164.77"));
        assertThat(TypingSlips.of(new BigDecimal("12.34"))).contains(new BigDecimal("21.34"), new BigDecimal("12.43"),
                new BigDecimal("2.34")).allMatch(v -> v.scale() == 2);
    }

    /** Xiamen 2023 整体支出绩效自评表's funding block as printed. */
    static ParsedFacts xiamenWholeUnit() {
        ParsedFacts f = ParsedFacts.empty();
        Provenance p = new Provenance(32, "整体支出绩效自评表", "合计", "全年执行数");
        f.projects().add(new ProjectPerformance("整体", new BigDecimal("9164.77"), new BigDecimal("127818.89"),
                new BigDecimal("128685.25"), new BigDecimal("99.11"), new BigDecimal("98.40"), Source.TABLE, p));
        f.fundingLines().addAll(List.of(
                line("合计", true, "9164.77", "28654.12", "127818.89", "128685.25", "99.11", p),
                line("其中:人员支出", false, "3494.42", "449.28", "3943.70", "3860.47", "97.89", p),
                line("公用支出", false, "542.35", "304.13", "846.48", "676.77", "79.95", p),
                line("专项业务费", false, "3741.00", "990.17", "4731.17", "3917.05", "82.79", p),
                line("发展经费", false, "91387.00", "28910.63", "118297.53", "118230.97", "99.94", p),
                line("基建项目", false, null, null, "0.00", "0.00", "0.00", p)));
        return f;
    }

    private static PerformanceFundingLine line(String label, boolean total, String initial, String adjusted,
                                               String full, String executed, String rate, Provenance p) {
        return new PerformanceFundingLine("整体", label, total, decimal(initial), decimal(adjusted), decimal(full),
                decimal(executed), decimal(rate), null, Source.TABLE, p);
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
