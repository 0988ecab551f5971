package org.fiscalwarehouse.parse;

import org.fiscalwarehouse.golden.GoldenFact;
import org.fiscalwarehouse.golden.GoldenFacts;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.extract.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SangongTableParserTest {

    private final SangongTableParser parser = new SangongTableParser();

    private static Map<String, BigDecimal> byCategory(ParsedFacts facts, String phase) {
        return facts.sangong().stream().filter(s -> s.phase().equals(phase))
                .collect(Collectors.toMap(SangongFigure::category, SangongFigure::amountWan));
    }

    @ParameterizedTest
    @ValueSource(strings = {CorpusDocuments.FUZHOU, CorpusDocuments.FUND_CENTRE_2023, CorpusDocuments.XIAMEN,
            CorpusDocuments.QUANZHOU})
    void readsEveryGoldenSangongActualFromTheTable(String name) throws Exception {
        ParsedFacts facts = IncomeExpenseSummaryParserTest.parseTable(name, "T07", parser);
        Map<String, BigDecimal> finals = byCategory(facts, SangongFigure.FINAL);
        List<GoldenFact> golden = GoldenFacts.forDoc(CorpusDocuments.goldenId(name), "sangong.actual");
        assertThat(golden).hasSize(5);
        for (GoldenFact row : golden) {
            assertThat(finals.get(row.item())).as(row.item()).isEqualByComparingTo(row.value());
        }
        assertThat(finals).containsKey("vehicle_total");
        assertThat(facts.sangong()).allMatch(s -> s.source() == Source.TABLE && s.statedRatePct() == null);
        assertThat(facts.issues()).isEmpty();
    }

    @Test
    void readsXiamensBudgetAndFinalColumnsByTheirColumnNumbersDespiteMisplacedHeaders() throws Exception {
        ParsedFacts facts = IncomeExpenseSummaryParserTest.parseTable(CorpusDocuments.XIAMEN, "T07", parser);
        Map<String, BigDecimal> budget = byCategory(facts, SangongFigure.BUDGET);
        assertThat(budget).containsOnlyKeys("total", "outbound", "vehicle_total", "vehicle_purchase",
                "vehicle_operation", "reception");
        assertThat(budget.get("total")).isEqualByComparingTo("15.46");
        assertThat(budget.get("outbound")).isEqualByComparingTo("6.46");
        assertThat(budget.get("vehicle_total")).isEqualByComparingTo("0");
        assertThat(budget.get("vehicle_purchase")).isEqualByComparingTo("0");
        assertThat(budget.get("vehicle_operation")).isEqualByComparingTo("0");
        assertThat(budget.get("reception")).isEqualByComparingTo("9.00");
        for (GoldenFact row : GoldenFacts.forDoc(CorpusDocuments.goldenId(CorpusDocuments.XIAMEN), "sangong.budget")) {
            assertThat(budget.get(row.item())).as(row.item()).isEqualByComparingTo(row.value());
        }
        assertThat(facts.sangong()).allMatch(s -> s.fiscalYear() == 2023);
        SangongFigure reception = facts.sangong().stream()
                .filter(s -> s.phase().equals("final") && s.category().equals("reception")).findFirst().orElseThrow();
        assertThat(reception.provenance().rowLabel()).isEqualTo("栏次 12");
    }

    @Test
    void placesPdfValuesUnderTheirColumnNumbersByXWhenBlankCellsAreOmitted() {
        // a PDF row: blanks absent, each value centred under its 栏次 cell
        List<Cell> numbers = new java.util.ArrayList<>();
        for (int k = 1; k <= 12; k++) {
            numbers.add(new Cell(String.valueOf(k), 50 + 45 * (k - 1), 10));
        }
        Line data = new Line(300, List.of(cell("15.46", 1), cell("6.46", 2), cell("9.00", 6), cell("10.43", 7),
                cell("6.46", 8), cell("3.98", 12)));
        TableRegion region = new TableRegion("T07", "“三公”经费支出决算表", 1, List.of(
                new TableRegion.PageLine(1, new Line(280, List.of(new Cell("预算数", 100, 40), new Cell("决算数", 380, 40)))),
                new TableRegion.PageLine(1, new Line(290, numbers)),
                new TableRegion.PageLine(1, data)));
        ParsedFacts facts = parser.parse(region,
                new DocumentIdentity("某局", "unit-x", false, 2023, DocKind.FINAL, Scope.UNIT, "t"));
        assertThat(byCategory(facts, SangongFigure.BUDGET).get("reception")).isEqualByComparingTo("9.00");
        assertThat(byCategory(facts, SangongFigure.BUDGET).get("vehicle_purchase")).isEqualByComparingTo("0");
        assertThat(byCategory(facts, SangongFigure.FINAL).get("total")).isEqualByComparingTo("10.43");
        assertThat(byCategory(facts, SangongFigure.FINAL).get("reception")).isEqualByComparingTo("3.98");
    }

    private static Cell cell(String text, int column) {
        // centred on the column's number cell (x 50 + 45(k-1), width 10) but wider, as printed amounts are
        double centre = 50 + 45 * (column - 1) + 5;
        return new Cell(text, centre - 14, 28);
    }
}
