package org.fiscalwarehouse.parse;

import org.fiscalwarehouse.golden.GoldenFact;
import org.fiscalwarehouse.golden.GoldenFacts;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fiscalwarehouse.extract.ExtractedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IncomeExpenseSummaryParserTest {

    private final IncomeExpenseSummaryParser parser = new IncomeExpenseSummaryParser();

    static ParsedFacts parseTable(String name, String code, TableParser parser) throws Exception {
        ExtractedDocument doc = CorpusDocuments.load(name);
        DocumentIdentity identity = new DocumentIdentifier(CorpusDocuments.catalogue()).identify(doc);
        TableRegion region = new TableLocator().locate(doc).stream().filter(r -> r.tableCode().equals(code))
                .findFirst().orElseThrow();
        return parser.parse(region, identity);
    }

    @ParameterizedTest
    @ValueSource(strings = {CorpusDocuments.FUZHOU, CorpusDocuments.FUND_CENTRE_2023, CorpusDocuments.XIAMEN,
            CorpusDocuments.QUANZHOU})
    void readsEveryGoldenTable01FigureOfTheFinalAccounts(String name) throws Exception {
        ParsedFacts facts = parseTable(name, "T01", parser);
        Map<String, BigDecimal> read = facts.stats().stream()
                .collect(Collectors.toMap(StatFigure::metric, StatFigure::value));
        List<GoldenFact> golden = GoldenFacts.forDoc(CorpusDocuments.goldenId(name), "t01.");
        assertThat(golden).hasSizeGreaterThanOrEqualTo(7);
        for (GoldenFact row : golden) {
            assertThat(read).as(row.metric()).containsKey(row.metric());
            assertThat(read.get(row.metric())).as(row.metric()).isEqualByComparingTo(row.value());
        }
        assertThat(facts.stats()).allMatch(s -> s.source() == Source.TABLE && s.valueUnit().equals("wan_yuan")
                && s.fiscalYear() > 2000);
        assertThat(facts.issues()).isEmpty();
    }

    @Test
    void readsLostIncomeTotalLabelOfXiamenTable01() throws Exception {
        ParsedFacts facts = parseTable(CorpusDocuments.XIAMEN, "T01", parser);
        StatFigure income = stat(facts, "t01.income_total");
        assertThat(income.value()).isEqualByComparingTo("126998.81");
        assertThat(income.provenance().rowLabel()).isEqualTo("27 (label lost; paired with 本年支出合计)");
        assertThat(income.provenance().table()).isEqualTo("公开 01 表 收入支出决算汇总表");
        StatFigure carryover = stat(facts, "t01.carryover_begin");
        assertThat(carryover.value()).isEqualByComparingTo("822.07");
        assertThat(carryover.provenance().rowLabel()).isEqualTo("29 (label lost; paired with 年末结转和结余)");
    }

    @Test
    void readsFunctionalClassesOfFuzhouIncludingWrappedLabelsWithTheirValueOnTheNextLine() throws Exception {
        ParsedFacts facts = parseTable(CorpusDocuments.FUZHOU, "T01", parser);
        // the wrapped rows 十四/十八/二十一/二十二/二十六 print 0.00 and are read without an issue
        assertThat(facts.issues()).isEmpty();
        assertThat(facts.funcAmounts()).extracting(FuncAmount::subjectCode, FuncAmount::subjectNameZh,
                        f -> f.amountWan().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("208", "社会保障和就业支出", "245.56"),
                        org.assertj.core.groups.Tuple.tuple("210", "卫生健康支出", "2696.86"),
                        org.assertj.core.groups.Tuple.tuple("221", "住房保障支出", "208.69"));
        assertThat(facts.funcAmounts()).allMatch(f -> f.tableCode().equals("T01") && f.measure().equals("total"));
    }

    @Test
    void readsThousandsSeparatorsAndRowNumbersOfXiamenTable01() throws Exception {
        ParsedFacts facts = parseTable(CorpusDocuments.XIAMEN, "T01", parser);
        assertThat(facts.funcAmounts()).extracting(FuncAmount::subjectCode, f -> f.amountWan().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("208", "592.53"),
                        org.assertj.core.groups.Tuple.tuple("210", "126094.72"));
    }

    @Test
    void readsABudgetSummaryTableIntoBudgetMetrics() {
        TableRegion b01 = new TableRegion("B01", "收支预算总表", 1, List.of(
                row(1, "收入", "", "支出", ""),
                row(2, "项目", "预算数", "项目", "预算数"),
                row(3, "一、一般公共预算拨款收入", "2,403.42", "一、社会保障和就业支出", "828.22"),
                row(4, "", "", "二、卫生健康支出", "1,391.89"),
                row(5, "本年收入合计", "2,403.42", "本年支出合计", "2,649.48"),
                row(6, "上年结转结余", "246.06", "结转下年", ""),
                row(7, "收入总计", "2,649.48", "支出总计", "2,649.48")));
        DocumentIdentity id = new DocumentIdentity("某单位", "unit-x", false, 2025, DocKind.BUDGET, Scope.UNIT, "t");
        ParsedFacts facts = parser.parse(b01, id);
        Map<String, BigDecimal> read = facts.stats().stream()
                .collect(Collectors.toMap(StatFigure::metric, StatFigure::value));
        assertThat(read).containsOnlyKeys("budget.gpb_appropriation", "budget.carryover", "budget.income_total",
                "budget.expense_total");
        assertThat(read.get("budget.income_total")).isEqualByComparingTo("2649.48");
        assertThat(read.get("budget.carryover")).isEqualByComparingTo("246.06");
        assertThat(facts.funcAmounts()).extracting(FuncAmount::tableCode, FuncAmount::subjectCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B01", "208"),
                        org.assertj.core.groups.Tuple.tuple("B01", "210"));
    }

    private static StatFigure stat(ParsedFacts facts, String metric) {
        return facts.stats().stream().filter(s -> s.metric().equals(metric)).findFirst().orElseThrow();
    }

    /** A PDF-like row: cells at increasing x, blanks omitted. */
    static TableRegion.PageLine row(int y, String... cells) {
        List<org.fiscalwarehouse.extract.Cell> cs = new java.util.ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                cs.add(new org.fiscalwarehouse.extract.Cell(cells[i], 40 + 130 * i, 100));
            }
        }
        return new TableRegion.PageLine(1, new org.fiscalwarehouse.extract.Line(y, cs));
    }
}
