package org.fiscalwarehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.fiscalwarehouse.parse.IncomeExpenseSummaryParserTest.row;

import java.math.BigDecimal;
import java.util.List;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.extract.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountUnitTest {

    private static final DocumentIdentity BUDGET_2025 =
            new DocumentIdentity("某局", "unit-x", false, 2025, DocKind.BUDGET, Scope.DEPARTMENT, "t");

    @Test
    void convertsASummaryTableStatedInYuanToWanKeepingTheExactQuotient() {
        TableRegion b01 = new TableRegion("B01", "收支预算总表", 1, List.of(
                row(1, "编制部门：某局", "", "", "单位：元"),
                row(2, "项目", "预算数", "项目", "预算数"),
                row(3, "一、一般公共预算拨款收入", "24,034,215.67", "一、社会保障和就业支出", "8,282,200.00"),
                row(4, "", "", "二、卫生健康支出", "15,752,015.67"),
                row(5, "收入总计", "24,034,215.67", "支出总计", "24,034,215.67")));
        assertThat(b01.amountUnit()).isEqualTo(AmountUnit.YUAN);

        ParsedFacts facts = new IncomeExpenseSummaryParser().parseInWan(b01, BUDGET_2025);

        StatFigure income = facts.stats().stream().filter(s -> s.metric().equals("budget.income_total"))
                .findFirst().orElseThrow();
        assertThat(income.value().toPlainString()).isEqualTo("2403.421567");
        assertThat(income.provenance().column()).isEqualTo("收入 预算数 (元→万元)");
        assertThat(facts.funcAmounts()).extracting(FuncAmount::subjectCode, f -> f.amountWan().toPlainString())
                .containsExactly(tuple("208", "828.22"), tuple("210", "1575.201567"));
    }

    @Test
    void leavesATableStatedInWanAsPrinted() {
        TableRegion b01 = new TableRegion("B01", "收支预算总表", 1, List.of(
                row(1, "单位：万元"),
                row(2, "一、一般公共预算拨款收入", "2,403.42", "一、社会保障和就业支出", "2,403.42"),
                row(3, "收入总计", "2,403.42", "支出总计", "2,403.42")));
        ParsedFacts facts = new IncomeExpenseSummaryParser().parseInWan(b01, BUDGET_2025);
        assertThat(facts.stats()).extracting(s -> s.value().toPlainString()).containsOnly("2403.42");
        assertThat(facts.stats()).noneMatch(s -> s.provenance().column().contains("→"));
    }

    @ParameterizedTest
    @CsvSource({
        "单位：元, YUAN",
        "金额单位：元, YUAN",
        "单位:元, YUAN",
        "单位： 元, YUAN",
        "单位：万元, WAN_YUAN",
        "单位：福州市医疗保障局（本级） 单位：万元, WAN_YUAN",
        "单位：某市元宝山区财政局, WAN_YUAN",
        "项目 金额（元）, YUAN",
        "编制部门：某局, WAN_YUAN"
    })
    void readsTheUnitATableStates(String header, AmountUnit expected) {
        List<TableRegion.PageLine> lines = List.of(
                new TableRegion.PageLine(1, new Line(1, List.of(new Cell(header, 40, 200)))),
                new TableRegion.PageLine(1, new Line(2, List.of(new Cell("合计", 40, 100), new Cell("1.00", 200, 50)))));
        assertThat(AmountUnit.statedIn(lines)).isEqualTo(expected);
    }

    @Test
    void ignoresAUnitMentionedBelowTheFirstAmount() {
        List<TableRegion.PageLine> lines = List.of(
                new TableRegion.PageLine(1, new Line(1, List.of(new Cell("合计", 40, 100), new Cell("1.00", 200, 50)))),
                new TableRegion.PageLine(1, new Line(2, List.of(new Cell("单位：元", 40, 100)))));
        assertThat(AmountUnit.statedIn(lines)).isEqualTo(AmountUnit.WAN_YUAN);
    }

    @Test
    void dividesYuanByTenThousandExactly() {
        assertThat(AmountUnit.YUAN.toWan(new BigDecimal("91016775.35")).toPlainString()).isEqualTo("9101.677535");
        assertThat(AmountUnit.YUAN.toWan(new BigDecimal("46140000.00")).toPlainString()).isEqualTo("4614.00");
        assertThat(AmountUnit.YUAN.toWan(new BigDecimal("14820.00")).toPlainString()).isEqualTo("1.482");
        assertThat(AmountUnit.YUAN.toWan(new BigDecimal("0.00")).toPlainString()).isEqualTo("0.00");
        assertThat(AmountUnit.WAN_YUAN.toWan(new BigDecimal("2403.42"))).isEqualByComparingTo("2403.42");
    }

    @Test
    void convertsMoneyButNotCountsRatesOrScores() {
        Provenance where = new Provenance(3, "表", "行", "预算数");
        ParsedFacts read = ParsedFacts.empty();
        read.stats().add(new StatFigure(2025, "headcount", null, new BigDecimal("35"), "persons", Source.TABLE, where));
        read.sangong().add(new SangongFigure(2025, "total", "final", new BigDecimal("95000.00"),
                new BigDecimal("76.50"), Source.TABLE, where));
        read.projects().add(new ProjectPerformance("某项目", new BigDecimal("200000.00"), new BigDecimal("250000.00"),
                new BigDecimal("240000.00"), new BigDecimal("96.00"), new BigDecimal("98.50"), Source.TABLE, where));

        ParsedFacts wan = AmountConversion.toWan(read, AmountUnit.YUAN);

        assertThat(wan.stats().get(0).value()).isEqualByComparingTo("35");
        assertThat(wan.stats().get(0).provenance().column()).isEqualTo("预算数");
        assertThat(wan.sangong().get(0).amountWan()).isEqualByComparingTo("9.50");
        assertThat(wan.sangong().get(0).statedRatePct()).isEqualByComparingTo("76.50");
        assertThat(wan.sangong().get(0).provenance().column()).isEqualTo("预算数 (元→万元)");
        ProjectPerformance project = wan.projects().get(0);
        assertThat(project.budgetInitialWan()).isEqualByComparingTo("20.00");
        assertThat(project.budgetFullYearWan()).isEqualByComparingTo("25.00");
        assertThat(project.executedWan()).isEqualByComparingTo("24.00");
        assertThat(project.statedRatePct()).isEqualByComparingTo("96.00");
        assertThat(project.score()).isEqualByComparingTo("98.50");
    }
}
