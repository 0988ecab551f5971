package org.fiscalwarehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.document;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.func;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.row;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.run;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.sangong;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.stat;

import java.math.BigDecimal;
import org.fiscalwarehouse.parse.DocKind;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Provenance;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;
import org.junit.jupiter.api.Test;

class DerivationTest {

    @Test
    void lastYearsSangongIsThisYearsLessTheStatedIncrease() {
        // Xiamen 2023: 公务接待费支出 3.98 万元 … 与上年相比增加 2.17 万元 → 2022: 1.81
        ParsedFacts f = ParsedFacts.empty();
        f.sangong().add(sangong(2023, "reception", "final", "3.98", "44.22", Source.NARRATIVE));
        f.stats().add(stat(2023, "change.sangong.reception", "2.17", Source.NARRATIVE));

        Reconciliation r = run(document(2023, f), new PriorYearDerivation());

        assertThat(r.facts().sangong()).filteredOn(s -> s.source() == Source.DERIVED)
                .extracting(SangongFigure::fiscalYear, SangongFigure::category, SangongFigure::phase,
                        s -> s.amountWan().toPlainString())
                .containsExactly(tuple(2022, "reception", "final", "1.81"));
    }

    @Test
    void aBudgetsChangeIsAgainstLastYearsBudget() {
        // fund centre 2025 budget: 公务接待费 2025 年度预算安排 2 万元，与上年持平 → the 2024 budget was 2
        ParsedFacts f = ParsedFacts.empty();
        f.sangong().add(sangong(2025, "reception", "budget", "2", null, Source.NARRATIVE));
        f.stats().add(stat(2025, "change.sangong.reception", "0", Source.NARRATIVE));
        f.stats().add(stat(2025, "budget.income_total", "2649.48", Source.NARRATIVE));
        f.stats().add(stat(2025, "change.budget.income_total", "500.84", Source.NARRATIVE));

        Reconciliation r = run(document("b", 2025, DocKind.BUDGET, f), new PriorYearDerivation());

        assertThat(r.facts().sangong()).filteredOn(s -> s.source() == Source.DERIVED)
                .extracting(SangongFigure::fiscalYear, SangongFigure::phase, s -> s.amountWan().toPlainString())
                .containsExactly(tuple(2024, "budget", "2.00"));
        assertThat(r.facts().stats()).filteredOn(s -> s.source() == Source.DERIVED)
                .extracting(StatFigure::fiscalYear, StatFigure::metric, s -> s.value().toPlainString())
                .containsExactly(tuple(2024, "budget.income_total", "2148.64"));
    }

    @Test
    void eachItemisedSubjectsLastYearLandsAsATable05SubjectOfThePriorYear() {
        ParsedFacts f = ParsedFacts.empty();
        f.funcAmounts().add(func("T05", "2101102", "事业单位医疗", "total", "241.61", Source.NARRATIVE));
        f.stats().add(stat(2023, "change.t05.2101102", "-73.39", Source.NARRATIVE));

        Reconciliation r = run(document(2023, f), new PriorYearDerivation());

        StatFigure prior = r.facts().stats().stream().filter(s -> s.source() == Source.DERIVED).findFirst()
                .orElseThrow();
        assertThat(prior.fiscalYear()).isEqualTo(2022);
        assertThat(prior.metric()).isEqualTo("t05.subject");
        assertThat(prior.item()).isEqualTo("2101102");
        assertThat(prior.value()).isEqualByComparingTo("315.00");
        assertThat(prior.provenance().column()).isEqualTo("上年数 = 241.61 − (-73.39)");
    }

    @Test
    void aSangongBudgetIsImpliedByAStatedExecutionRate() {
        // Fuzhou 2023: “三公”经费支出 2.90 万元，完成全年预算数的 96.67% → 3.00
        ParsedFacts f = ParsedFacts.empty();
        f.sangong().add(sangong(2023, "total", "final", "2.90", "96.67", Source.NARRATIVE));
        f.sangong().add(sangong(2023, "total", "final", "2.90", null, Source.TABLE));

        Reconciliation r = run(document(2023, f), new SangongBudgetDerivation());

        assertThat(r.facts().sangong()).filteredOn(s -> s.source() == Source.DERIVED).singleElement()
                .satisfies(s -> {
                    assertThat(s.phase()).isEqualTo("budget");
                    assertThat(s.amountWan()).isEqualByComparingTo("3.00");
                    assertThat(s.provenance().column()).isEqualTo("预算数 = 2.90 ÷ 96.67%");
                });
    }

    @Test
    void aZeroActualThatMatchesItsBudgetHadABudgetOfZero() {
        // 泉州 2024: 因公出国（境）费支出 0.00 万元，完成全年预算数 0.00%，与全年预算数持平
        ParsedFacts f = ParsedFacts.empty();
        f.sangong().add(sangong(2024, "outbound", "final", "0.00", "0.00", Source.NARRATIVE));
        f.stats().add(stat(2024, "change_vs_budget.sangong.outbound", "0", Source.NARRATIVE));

        Reconciliation r = run(document(2024, f), new SangongBudgetDerivation());

        assertThat(r.facts().sangong()).filteredOn(s -> s.source() == Source.DERIVED)
                .extracting(s -> s.amountWan().toPlainString(), SangongFigure::phase)
                .containsExactly(tuple("0.00", "budget"));
    }

    @Test
    void aZeroRateAloneImpliesNoBudget() {
        ParsedFacts f = ParsedFacts.empty();
        f.sangong().add(sangong(2024, "outbound", "final", "0.00", "0.00", Source.NARRATIVE));

        assertThat(run(document(2024, f), new SangongBudgetDerivation()).facts().sangong()).hasSize(1);
    }

    @Test
    void aStatedBudgetIsNotOverriddenByTheRate() {
        ParsedFacts f = ParsedFacts.empty();
        f.sangong().add(sangong(2023, "total", "final", "10.43", "67.46", Source.NARRATIVE));
        f.sangong().add(sangong(2023, "total", "budget", "15.46", null, Source.TABLE));

        assertThat(run(document(2023, f), new SangongBudgetDerivation()).facts().sangong())
                .noneMatch(s -> s.source() == Source.DERIVED);
    }

    @Test
    void aSangongTotalIsTheSumOfTheCategoriesWhenNotStated() {
        // fund centre 2025 budget: 因公出国 无预算安排, 公务接待费 2, 购置 and 运行维护 无预算安排; no total printed
        ParsedFacts f = ParsedFacts.empty();
        f.sangong().add(sangong(2025, "outbound", "budget", "0", null, Source.NARRATIVE));
        f.sangong().add(sangong(2025, "reception", "budget", "2", null, Source.NARRATIVE));
        f.sangong().add(sangong(2025, "vehicle_operation", "budget", "0", null, Source.NARRATIVE));
        f.sangong().add(sangong(2025, "vehicle_purchase", "budget", "0", null, Source.NARRATIVE));

        Reconciliation r = run(document("b", 2025, DocKind.BUDGET, f), new SangongTotalDerivation());

        assertThat(r.facts().sangong()).filteredOn(s -> s.source() == Source.DERIVED)
                .extracting(SangongFigure::category, s -> s.amountWan().toPlainString())
                .containsExactly(tuple("vehicle_total", "0.00"), tuple("total", "2.00"));
    }

    @Test
    void aDepartmentsHeadcountIsTheSumOfItsUnits() {
        ParsedFacts f = ParsedFacts.empty();
        for (String[] unit : new String[][] {{"厦门市医疗保障局（本级）", "20"}, {"厦门市医疗保障中心", "79"},
                {"厦门市医疗保障数据监测中心", "17"}}) {
            f.stats().add(new StatFigure(2023, "headcount", unit[0], new BigDecimal(unit[1]), "persons",
                    Source.NARRATIVE, new Provenance(2, "单位基本情况", unit[0], "在职人数")));
        }

        Reconciliation r = run(document(2023, f), new HeadcountTotalDerivation());

        assertThat(r.facts().stats()).filteredOn(s -> s.source() == Source.DERIVED).singleElement()
                .satisfies(s -> {
                    assertThat(s.item()).isNull();
                    assertThat(s.value()).isEqualByComparingTo("116");
                    assertThat(s.valueUnit()).isEqualTo("persons");
                });
    }

    @Test
    void theMissingPartOfAStatedTotalIsDerived() {
        // fund centre 2023: 一般公共预算拨款支出 2,213.78, its 基本支出 1,221.32, no 项目支出 printed
        ParsedFacts f = ParsedFacts.empty();
        f.stats().add(stat(2023, "t05.gpb_total", "2213.78", Source.NARRATIVE));
        f.stats().add(stat(2023, "t05.gpb_basic", "1221.32", Source.NARRATIVE));

        Reconciliation r = run(document(2023, f), new StatTermDerivation());

        assertThat(r.facts().stats()).filteredOn(s -> s.source() == Source.DERIVED)
                .extracting(StatFigure::metric, s -> s.value().toPlainString())
                .containsExactly(tuple("t05.gpb_project", "992.46"));
    }

    @Test
    void aCellTheRowLostIsDerivedFromTheRow() {
        // Xiamen 2023 T05 21015: 小计 8,444.48 printed over the 基本支出 cell, 项目 4,708.13
        ParsedFacts f = ParsedFacts.empty();
        f.funcAmounts().addAll(row("T05", "2101101", new String[] {"total", "basic", "project"}, "129.79", "129.79",
                "0.00"));
        f.funcAmounts().add(func("T05", "21015", "total", "8444.48"));
        f.funcAmounts().add(func("T05", "21015", "project", "4708.13"));

        Reconciliation r = run(document(2023, f), new LostSubjectCellDerivation());

        assertThat(r.facts().funcAmounts()).filteredOn(x -> x.source() == Source.DERIVED)
                .extracting(FuncAmount::subjectCode, FuncAmount::measure, x -> x.amountWan().toPlainString())
                .containsExactly(tuple("21015", "basic", "3736.35"));
    }
}
