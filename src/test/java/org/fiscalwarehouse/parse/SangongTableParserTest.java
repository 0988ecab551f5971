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

    @Test
    void readsABudgetsCombinedSangongAndAdminCostTableByItsHeaderLabelsWhateverTheColumnOrder() {
        // 公务接待费 before the vehicle columns, a 机关运行经费 column, no 栏次 row; blank cells are absent
        TableRegion region = region("B10", "“三公”经费和机关运行经费预算表",
                line(160, at("“三公”经费预算数", 66, 608), at("机关运行经费预算数", 674, 101)),
                line(190, at("合计", 66, 101), at("因公出国(境)费", 167, 101), at("公务接待费", 269, 101),
                        at("公务用车购置及运行费", 370, 304)),
                line(220, at("小计", 370, 101), at("购置费", 471, 101), at("运行费", 572, 101)),
                line(270, at("52.30", 66, 101), at("20.00", 167, 101), at("12.30", 269, 101),
                        at("20.00", 370, 101), at("20.00", 572, 101), at("150.75", 674, 101)));
        ParsedFacts facts = parser.parse(region, identity(2025, DocKind.BUDGET));
        assertThat(facts.issues()).isEmpty();
        Map<String, BigDecimal> budget = byCategory(facts, SangongFigure.BUDGET);
        assertThat(budget).containsOnlyKeys("total", "outbound", "vehicle_total", "vehicle_purchase",
                "vehicle_operation", "reception");
        assertThat(budget.get("total")).isEqualByComparingTo("52.30");
        assertThat(budget.get("outbound")).isEqualByComparingTo("20.00");
        assertThat(budget.get("reception")).isEqualByComparingTo("12.30");
        assertThat(budget.get("vehicle_total")).isEqualByComparingTo("20.00");
        assertThat(budget.get("vehicle_purchase")).isEqualByComparingTo("0.00");
        assertThat(budget.get("vehicle_operation")).isEqualByComparingTo("20.00");
        assertThat(facts.stats()).singleElement().satisfies(admin -> {
            assertThat(admin.metric()).isEqualTo("admin_operating_cost");
            assertThat(admin.value()).isEqualByComparingTo("150.75");
            assertThat(admin.source()).isEqualTo(Source.TABLE);
        });
        SangongFigure operation = facts.sangong().stream().filter(s -> s.category().equals("vehicle_operation"))
                .findFirst().orElseThrow();
        assertThat(operation.provenance().rowLabel()).isEqualTo("公务用车购置及运行费 / 运行费");
        assertThat(operation.provenance().column()).isEqualTo("“三公”经费预算数");
    }

    @Test
    void readsAFinalsTwelveColumnTableWithoutColumnNumbersByItsHeaderLabels() {
        List<Cell> phases = new java.util.ArrayList<>();
        for (int k = 0; k < 12; k++) {
            phases.add(at(k % 2 == 0 ? "预算数" : "决算数", 26 + 66 * k, 66));
        }
        TableRegion region = region("T07", "财政拨款“三公”经费支出决算表",
                line(165, at("财政拨款“三公”经费", 26, 790)),
                line(184, at("合计", 26, 132), at("因公出国（境）费", 158, 132), at("公务用车购置及运行费", 290, 396),
                        at("公务接待费", 686, 132)),
                line(201, at("小计", 290, 132), at("公务用车购置费", 422, 132), at("公务用车运行费", 554, 132)),
                new Line(247, phases),
                line(271, at("10.00", 26, 66), at("8.40", 92, 66), at("6.00", 290, 66), at("6.00", 356, 66),
                        at("6.00", 554, 66), at("6.00", 620, 66), at("4.00", 686, 66), at("2.40", 752, 66)));
        ParsedFacts facts = parser.parse(region, identity(2024, DocKind.FINAL));
        assertThat(facts.issues()).isEmpty();
        Map<String, BigDecimal> budget = byCategory(facts, SangongFigure.BUDGET);
        Map<String, BigDecimal> spent = byCategory(facts, SangongFigure.FINAL);
        assertThat(budget.get("total")).isEqualByComparingTo("10.00");
        assertThat(spent.get("total")).isEqualByComparingTo("8.40");
        assertThat(budget.get("outbound")).isEqualByComparingTo("0.00");
        assertThat(spent.get("vehicle_total")).isEqualByComparingTo("6.00");
        assertThat(spent.get("vehicle_purchase")).isEqualByComparingTo("0.00");
        assertThat(spent.get("vehicle_operation")).isEqualByComparingTo("6.00");
        assertThat(budget.get("reception")).isEqualByComparingTo("4.00");
        assertThat(spent.get("reception")).isEqualByComparingTo("2.40");
        assertThat(facts.sangong()).hasSize(12).allMatch(s -> s.fiscalYear() == 2024);
    }

    @Test
    void putsLastYearsColumnsUnderLastYear() {
        TableRegion region = region("B10", "“三公”经费预算表",
                line(100, at("上年预算数", 0, 300), at("本年预算数", 300, 300)),
                line(120, at("合计", 0, 60), at("因公出国（境）费", 60, 60), at("公务用车购置及运行维护费", 120, 60),
                        at("公务接待费", 180, 60), at("合计", 300, 60), at("因公出国（境）费", 360, 60),
                        at("公务用车购置及运行维护费", 420, 60), at("公务接待费", 480, 60)),
                line(140, at("9.00", 0, 60), at("9.00", 180, 60), at("7.50", 300, 60), at("7.50", 480, 60)));
        ParsedFacts facts = parser.parse(region, identity(2025, DocKind.BUDGET));
        Map<Integer, Map<String, BigDecimal>> byYear = facts.sangong().stream().collect(Collectors.groupingBy(
                SangongFigure::fiscalYear, Collectors.toMap(SangongFigure::category, SangongFigure::amountWan)));
        assertThat(byYear.get(2024).get("total")).isEqualByComparingTo("9.00");
        assertThat(byYear.get(2025).get("total")).isEqualByComparingTo("7.50");
        assertThat(byYear.get(2025).get("outbound")).isEqualByComparingTo("0.00");
        assertThat(facts.sangong()).allMatch(s -> s.phase().equals(SangongFigure.BUDGET));
    }

    private static TableRegion region(String code, String title, Line... lines) {
        return new TableRegion(code, title, 1,
                java.util.Arrays.stream(lines).map(l -> new TableRegion.PageLine(1, l)).toList());
    }

    private static Line line(double y, Cell... cells) {
        return new Line(y, List.of(cells));
    }

    private static Cell at(String text, double x, double width) {
        return new Cell(text, x, width);
    }

    private static DocumentIdentity identity(int year, DocKind kind) {
        return new DocumentIdentity("某局", "unit-x", false, year, kind, Scope.DEPARTMENT, "t");
    }

    private static Cell cell(String text, int column) {
        // centred on the column's number cell (x 50 + 45(k-1), width 10) but wider, as printed amounts are
        double centre = 50 + 45 * (column - 1) + 5;
        return new Cell(text, centre - 14, 28);
    }
}
