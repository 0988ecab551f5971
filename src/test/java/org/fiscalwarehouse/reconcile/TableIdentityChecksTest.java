package org.fiscalwarehouse.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.document;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.func;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.results;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.row;
import static org.fiscalwarehouse.reconcile.ReconcileFixtures.stat;

import java.util.List;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;
import org.junit.jupiter.api.Test;

class TableIdentityChecksTest {

    private static final String[] COLUMNS = {"total", "basic", "project"};

    /** Xiamen 2023 table 03 without its 208 row (the print put the 合计 figures there), class 210 one 款 deep. */
    private static ParsedFacts table03WithoutClass208() {
        ParsedFacts f = ParsedFacts.empty();
        f.stats().add(stat(2023, "t03.expense_total", "126687.25", Source.TABLE));
        f.stats().add(stat(2023, "t03.basic_total", "4539.24", Source.TABLE));
        f.stats().add(stat(2023, "t03.project_total", "122148.02", Source.TABLE));
        f.funcAmounts().addAll(row("T03", "20805", COLUMNS, "592.54", "592.54", "0.00"));
        f.funcAmounts().addAll(row("T03", "210", COLUMNS, "126094.72", "3946.70", "122148.02"));
        f.funcAmounts().addAll(row("T03", "21011", COLUMNS, "126094.72", "3946.70", "122148.02"));
        return f;
    }

    @Test
    void aTotalIsCheckedAgainstTheRowsUnderItEvenWhenAClassRowIsMissing() {
        List<CheckResult> results = results(document(2023, table03WithoutClass208()), new SubjectHierarchyCheck());

        assertThat(results).extracting(CheckResult::checkCode, CheckResult::subject, CheckResult::status)
                .contains(tuple("T03.SUM.TOTAL", "T03 合计 total", CheckStatus.PASS),
                        tuple("T03.SUM.TOTAL", "T03 合计 basic", CheckStatus.PASS),
                        tuple("T03.SUM.CLASS", "T03 210 total", CheckStatus.PASS));
        CheckResult total = results.stream().filter(c -> c.subject().equals("T03 合计 total")).findFirst()
                .orElseThrow();
        assertThat(total.message()).isEqualTo("20805 + 210 = 126687.26 vs 126687.25: within rounding tolerance (尾数误差)");
    }

    @Test
    void eachRowIsTheSumOfItsColumns() {
        ParsedFacts f = ParsedFacts.empty();
        f.funcAmounts().addAll(row("T05", "2101501", COLUMNS, "1280.06", "1239.62", "40.44"));
        f.funcAmounts().addAll(row("T05", "2101502", COLUMNS, "1189.05", "0.00", "1198.05"));

        List<CheckResult> results = results(document(2023, f), new SubjectRowSumCheck());

        assertThat(results).extracting(CheckResult::subject, CheckResult::status)
                .containsExactly(tuple("T05 2101501", CheckStatus.PASS), tuple("T05 2101502", CheckStatus.FAIL));
        assertThat(results.get(1).message()).contains("basic + project = 1198.05 but the document states 1189.05");
    }

    @Test
    void table01ClassesAgreeWithTable03Classes() {
        ParsedFacts f = table03WithoutClass208();
        f.funcAmounts().add(func("T01", "208", "社会保障和就业支出", "total", "592.53", Source.TABLE));
        f.funcAmounts().add(func("T01", "210", "卫生健康支出", "total", "126094.72", Source.TABLE));

        List<CheckResult> results = results(document(2023, f), new ClassesAcrossTablesCheck());

        assertThat(results).extracting(CheckResult::subject, CheckResult::status)
                .containsExactly(tuple("208", CheckStatus.PASS), tuple("210", CheckStatus.PASS));
        assertThat(results.get(0).message()).startsWith("T03 20805 592.54 vs T01 208 592.53");
    }

    @Test
    void personnelAndPublicFundsMakeTheGeneralBudgetBasicSpendingFromTheNarrativeWhenTable06IsCut() {
        ParsedFacts f = ParsedFacts.empty();
        f.stats().add(stat(2023, "t05.gpb_basic", "4537.24", Source.TABLE));
        f.stats().add(stat(2023, "t06.personnel_total", "3859.17", Source.NARRATIVE));
        f.stats().add(stat(2023, "t06.public_total", "678.06", Source.NARRATIVE));

        CheckResult r = results(document(2023, f), new StatSumCheck("CROSS.T05_T06.BASIC", "t05.gpb_basic",
                "t06.personnel_total", "t06.public_total")).get(0);

        assertThat(r.status()).isEqualTo(CheckStatus.PASS);
        assertThat(r.message()).isEqualTo("人员经费合计 (narrative) + 公用经费合计 (narrative) = 4537.23 vs 4537.24:"
                + " within rounding tolerance (尾数误差)");
    }

    @Test
    void anIdentityWithAFigureNotStatedIsNotRun() {
        ParsedFacts f = ParsedFacts.empty();
        f.stats().add(stat(2025, "budget.income_total", "2649.48", Source.NARRATIVE));

        assertThat(results(document(2025, f), new StatSumCheck("BUDGET.BALANCE", "budget.income_total",
                "budget.expense_total"))).isEmpty();
    }

    @Test
    void economicClassesAddUpAndMakeThePersonnelAndPublicTotals() {
        ParsedFacts f = ParsedFacts.empty();
        f.econAmounts().add(ReconcileFixturesEcon.econ("301", "1053.54"));
        f.econAmounts().add(ReconcileFixturesEcon.econ("30101", "193.75"));
        f.econAmounts().add(ReconcileFixturesEcon.econ("30102", "859.78"));
        f.econAmounts().add(ReconcileFixturesEcon.econ("303", "48.63"));
        f.econAmounts().add(ReconcileFixturesEcon.econ("302", "119.14"));
        f.stats().add(stat(2023, "t06.personnel_total", "1102.18", Source.TABLE));
        f.stats().add(stat(2023, "t06.public_total", "119.14", Source.TABLE));

        List<CheckResult> results = results(document(2023, f), new EconomicSubjectSumCheck());

        assertThat(results).extracting(CheckResult::checkCode, CheckResult::status).containsExactly(
                tuple("T06.SUM.CLASS", CheckStatus.PASS),
                tuple("T06.PERSONNEL_SUM", CheckStatus.PASS),
                tuple("T06.PUBLIC_SUM", CheckStatus.PASS));
        assertThat(results.get(1).message()).contains("301 + 303 = 1102.17 vs 1102.18");
    }
}
