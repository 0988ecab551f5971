package org.fiscalwarehouse.parse;

import org.fiscalwarehouse.golden.GoldenFacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.parse.FactsAssert.assertGolden;
import static org.fiscalwarehouse.parse.FactsAssert.func;
import static org.fiscalwarehouse.parse.FactsAssert.stat;
import static org.fiscalwarehouse.parse.TableRegionFixture.FUZHOU;
import static org.fiscalwarehouse.parse.TableRegionFixture.QUANZHOU;
import static org.fiscalwarehouse.parse.TableRegionFixture.XIAMEN;
import static org.fiscalwarehouse.parse.IncomeExpenseSummaryParserTest.row;
import static org.fiscalwarehouse.parse.TableRegionFixture.region;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiscalSummaryTableParserTest {

    private final FiscalSummaryTableParser parser = new FiscalSummaryTableParser();

    @Test
    void readsFuzhouTable04PastThePageNumberInsideIt() {
        ParsedFacts t04 = parser.parse(region(FUZHOU, "T04", 471, 565), TableRegionFixture.identity(2023));
        assertGolden(t04, GoldenFacts.fromTable(GoldenFacts.FUZHOU, "t04.", "T04"));
        assertThat(stat(t04, "t04.gpb_income")).contains(new BigDecimal("3139.41"));
        assertThat(stat(t04, "t04.carryover_end")).contains(new BigDecimal("0.00"));
        assertThat(func(t04, "210", "gpb")).contains(new BigDecimal("2685.16"));
        // labels wrapped onto their own line, figures on the next
        assertThat(func(t04, "224", "total")).contains(new BigDecimal("0.00"));
        assertThat(func(t04, "234", "state_capital")).contains(new BigDecimal("0.00"));
        // 26 classes printed, four columns each
        assertThat(t04.funcAmounts()).hasSize(26 * 4);
        assertThat(t04.funcAmounts().stream().map(FuncAmount::subjectCode).distinct()).hasSize(26);
    }

    @Test
    void readsQuanzhouCarryOverWithoutTheStrayBreakdownCells() {
        ParsedFacts t04 = parser.parse(region(QUANZHOU, "T04", 255, 301), TableRegionFixture.identity(2024));
        assertGolden(t04, GoldenFacts.fromTable(GoldenFacts.QUANZHOU, "t04.", "T04"));
        assertThat(stat(t04, "t04.gpb_income")).contains(new BigDecimal("9702.84"));
        assertThat(stat(t04, "t04.carryover_begin")).contains(new BigDecimal("590.74"));
        assertThat(stat(t04, "t04.carryover_end")).contains(new BigDecimal("161.38"));
        assertThat(func(t04, "221", "total")).contains(new BigDecimal("657.86"));
    }

    @Test
    void leavesTheTotalToTheNarrativeWhenXiamenTable04IsCutOff() {
        ParsedFacts t04 = parser.parse(region(XIAMEN, "T04", 263, 289), TableRegionFixture.identity(2023));
        assertThat(stat(t04, "t04.fiscal_total")).isEmpty();
        assertThat(stat(t04, "t04.gpb_income")).contains(new BigDecimal("126996.81"));
        assertThat(func(t04, "210", "gpb")).contains(new BigDecimal("126092.72"));
        assertThat(func(t04, "208", "gov_fund")).contains(new BigDecimal("0.00"));
        assertThat(func(t04, "201", "total")).isEmpty(); // a row printed without figures
    }

    @Test
    void readsABudgetsFiscalSummaryTableIntoBudgetMetrics() {
        TableRegion b04 = new TableRegion("B04", "财政拨款收支预算总表", 1, java.util.List.of(
                row(1, "项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"),
                row(2, "一、一般公共预算资金", "2,403.42", "一、社会保障和就业支出", "828.22", "828.22"),
                row(3, "二、政府性基金", "246.06", "二、卫生健康支出", "1,921.26", "1,675.20", "246.06"),
                row(4, "三、国有资本经营预算"),
                row(5, "上年结转", "100.00"),
                row(6, "一、一般公共预算资金", "100.00"),
                row(7, "收入总计", "2,749.48", "支出总计", "2,749.48", "2,503.42", "246.06")));
        DocumentIdentity id = new DocumentIdentity("某局", "unit-x", false, 2025, DocKind.BUDGET, Scope.UNIT, "t");
        ParsedFacts facts = parser.parse(b04, id);
        assertThat(stat(facts, "budget.gpb_appropriation")).contains(new BigDecimal("2403.42"));
        assertThat(stat(facts, "budget.gov_fund_appropriation")).contains(new BigDecimal("246.06"));
        assertThat(stat(facts, "budget.fiscal_carryover")).contains(new BigDecimal("100.00"));
        assertThat(stat(facts, "budget.fiscal_total")).contains(new BigDecimal("2749.48"));
        assertThat(facts.stats()).noneMatch(s -> s.metric().startsWith("t04."));
        assertThat(func(facts, "210", "gov_fund")).contains(new BigDecimal("246.06"));
        assertThat(func(facts, "208", "total")).contains(new BigDecimal("828.22"));
        assertThat(facts.funcAmounts()).allMatch(f -> f.tableCode().equals("B04"));
    }
}
