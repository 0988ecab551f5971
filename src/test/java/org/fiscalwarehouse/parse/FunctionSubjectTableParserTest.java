package org.fiscalwarehouse.parse;

import org.fiscalwarehouse.golden.GoldenFacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.parse.FactsAssert.assertGolden;
import static org.fiscalwarehouse.parse.FactsAssert.func;
import static org.fiscalwarehouse.parse.FactsAssert.stat;
import static org.fiscalwarehouse.parse.TableRegionFixture.FUZHOU;
import static org.fiscalwarehouse.parse.TableRegionFixture.QUANZHOU;
import static org.fiscalwarehouse.parse.TableRegionFixture.XIAMEN;
import static org.fiscalwarehouse.parse.TableRegionFixture.region;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FunctionSubjectTableParserTest {

    private final FunctionSubjectTableParser parser = new FunctionSubjectTableParser();

    private ParsedFacts parse(String file, String code, int from, int to, int year) {
        return parser.parse(region(file, code, from, to), TableRegionFixture.identity(year));
    }

    private static BigDecimal wan(String v) {
        return new BigDecimal(v);
    }

    @Test
    void readsOtherIncomeWrappedOntoTheNextLineOfFuzhouTable02() {
        ParsedFacts t02 = parse(FUZHOU, "T02", 329, 404, 2023);
        assertThat(func(t02, "2101501", "other_income")).contains(wan("0.08"));
        assertThat(func(t02, "2101501", "fiscal_appropriation")).contains(wan("1280.06"));
        assertThat(func(t02, "2210203", "other_income")).contains(wan("0.00"));
        // name wrapped over two lines, figures on a third, 其他收入 on a fourth
        FuncAmount pension = t02.funcAmounts().stream()
                .filter(f -> f.subjectCode().equals("2080505") && f.measure().equals("total")).findFirst().orElseThrow();
        assertThat(pension.subjectNameZh()).isEqualTo("机关事业单位基本养老保险缴费支出");
        assertThat(pension.amountWan()).isEqualByComparingTo("153.67");
        // the 合计 row fused with the "类 款 项" header line
        assertThat(stat(t02, "t02.total")).contains(wan("3139.49"));
        assertThat(stat(t02, "t02.fiscal_appropriation")).contains(wan("3139.41"));
        assertThat(stat(t02, "t02.other_income")).contains(wan("0.08"));
        assertThat(t02.funcAmounts()).noneMatch(f -> f.subjectCode().equals("合计"));
        assertThat(t02.issues()).isEmpty();
    }

    @Test
    void readsFuzhouTable03WithInterleavedHeaderFragments() {
        ParsedFacts t03 = parse(FUZHOU, "T03", 408, 467, 2023);
        assertThat(func(t03, "2101501", "project")).contains(wan("40.44"));
        assertThat(func(t03, "2101501", "upper_remit")).contains(wan("0.00"));
        assertThat(func(t03, "2210203", "basic")).contains(wan("53.81"));
        assertGolden(t03, GoldenFacts.fromTable(GoldenFacts.FUZHOU, "t03.", "T03"));
    }

    @Test
    void readsFuzhouTable05SubjectsWhoseNamesWrapAwayFromTheirFigures() {
        ParsedFacts t05 = parse(FUZHOU, "T05", 571, 622, 2023);
        assertThat(assertGolden(t05, GoldenFacts.fromTable(GoldenFacts.FUZHOU, "t05.", "T05"))).isEqualTo(12);
        assertThat(func(t05, "2080506", "basic")).contains(wan("76.83"));
        assertThat(t05.funcAmounts()).allMatch(f -> f.tableCode().equals("T05") && f.source() == Source.TABLE);
    }

    @Test
    void readsXiamenTable02RowsWhoseEmptyColumnNumberCellWasDropped() {
        ParsedFacts t02 = parse(XIAMEN, "T02", 180, 216, 2023);
        // from line 208 本年收入合计 and 财政拨款收入 sit one cell left, 其他收入 stays in the last cell
        assertThat(func(t02, "21015", "total")).contains(wan("8687.65"));
        assertThat(func(t02, "21015", "fiscal_appropriation")).contains(wan("8685.65"));
        assertThat(func(t02, "21015", "other_income")).contains(wan("2.00"));
        assertThat(func(t02, "2101202", "total")).contains(wan("75427.00"));
        assertThat(func(t02, "2101202", "upper_grant")).contains(wan("0.00"));
        // the class code printed short ("21 卫生健康支出") is stored as printed; reconcile recovers 210
        assertThat(func(t02, "21", "total")).contains(wan("126402.39"));
        assertThat(stat(t02, "t02.total")).contains(wan("126998.81"));
    }

    @Test
    void readsXiamenTable03TotalsPrintedOnTheClassRowThatLostTheTotalLabel() {
        ParsedFacts t03 = parse(XIAMEN, "T03", 222, 258, 2023);
        assertGolden(t03, GoldenFacts.fromTable(GoldenFacts.XIAMEN, "t03.", "T03"));
        assertThat(t03.funcAmounts()).noneMatch(f -> f.subjectCode().equals("208"));
        assertThat(func(t03, "20805", "basic")).contains(wan("592.54"));
        // from line 249 the empty cell is dropped again
        assertThat(func(t03, "2101501", "basic")).contains(wan("3445.92"));
        assertThat(func(t03, "2101202", "project")).contains(wan("75427.00"));
        assertThat(t03.issues()).isEmpty();
    }

    @Test
    void readsXiamenTable05ScrambledRowsAsPrinted() {
        ParsedFacts t05 = parse(XIAMEN, "T05", 292, 328, 2023);
        // the golden 2101199 holds the repaired reading, which the reconcile stage makes (PermutedRowRepairTest)
        assertGolden(t05, GoldenFacts.fromTable(GoldenFacts.XIAMEN, "t05.", "T05").stream()
                .filter(g -> !g.item().equals("2101199")).toList());
        // printed "4.14 | 12,274.14 | 12,270.00" under 小计/基本/项目: stored as printed, the row does not add up
        assertThat(func(t05, "2101199", "total")).contains(wan("4.14"));
        assertThat(func(t05, "2101199", "basic")).contains(wan("12274.14"));
        assertThat(func(t05, "2101199", "project")).contains(wan("12270.00"));
        // 小计 printed under 基本支出 over the basic figure, which is then printed nowhere
        assertThat(func(t05, "21015", "total")).contains(wan("8444.48"));
        assertThat(func(t05, "21015", "project")).contains(wan("4708.13"));
        assertThat(func(t05, "21015", "basic")).isEmpty();
    }

    @Test
    void readsQuanzhouTablesContinuedOverPageBreaks() {
        ParsedFacts t02 = parse(QUANZHOU, "T02", 167, 206, 2024);
        assertThat(func(t02, "2210203", "total")).contains(wan("12.89"));
        assertThat(func(t02, "2101501", "other_income")).contains(wan("11.48"));
        ParsedFacts t03 = parse(QUANZHOU, "T03", 211, 250, 2024);
        assertThat(func(t03, "21015", "basic")).contains(wan("4159.58"));
        assertThat(func(t03, "2210201", "basic")).contains(wan("477.29"));
        assertGolden(t03, GoldenFacts.fromTable(GoldenFacts.QUANZHOU, "t03.", "T03"));
        ParsedFacts t05 = parse(QUANZHOU, "T05", 306, 342, 2024);
        assertThat(assertGolden(t05, GoldenFacts.fromTable(GoldenFacts.QUANZHOU, "t05.", "T05"))).isEqualTo(19);
    }

    @Test
    void readsFundTableTotalsWithTheirColumnNumbering() {
        // 栏次 "1 4 7 8 11 12": 年初结转, 本年收入, then 本年支出 小计/基本/项目, then 年末结转
        ParsedFacts fuzhou = parse(FUZHOU, "T08", 808, 837, 2023);
        assertThat(fuzhou.stats()).extracting(StatFigure::metric).containsExactly("t08.carryover_begin",
                "t08.income", "t08.total", "t08.basic", "t08.project", "t08.carryover_end");
        // Quanzhou prints 合计 in the 年初结转 column and the figures one cell right: the last one is lost
        ParsedFacts quanzhou = parse(QUANZHOU, "T08", 420, 433, 2024);
        assertThat(stat(quanzhou, "t08.carryover_begin")).contains(wan("0.00"));
        assertThat(stat(quanzhou, "t08.carryover_end")).isEmpty();
        ParsedFacts t09 = parse(QUANZHOU, "T09", 440, 453, 2024);
        assertThat(stat(t09, "t09.total")).contains(wan("0.00"));
        // an empty 合计 row: nothing to read, nothing wrong
        ParsedFacts xiamen = parse(XIAMEN, "T08", 384, 398, 2023);
        assertThat(xiamen.stats()).isEmpty();
        assertThat(xiamen.issues()).isEmpty();
    }

    @Test
    void readsCodesPrintedOverTheFormsClassItemAndSubItemColumns() {
        TableRegion t05 = new TableRegion("T05", "一般公共预算财政拨款支出决算表", 1, java.util.List.of(
                line(1, cell("项目", 39, 343), cell("合计", 382, 56), cell("基本支出", 438, 59), cell("项目支出", 497, 59)),
                line(2, cell("类", 39, 47), cell("款", 86, 47), cell("项", 133, 47)),
                line(3, cell("208", 39, 47), cell("社会保障和就业支出", 180, 203), cell("120.50", 382, 56),
                        cell("120.50", 438, 59)),
                line(4, cell("208", 39, 47), cell("05", 86, 47), cell("行政事业单位养老支出", 180, 203),
                        cell("120.50", 382, 56), cell("120.50", 438, 59)),
                line(5, cell("208", 39, 47), cell("05", 86, 47), cell("01", 133, 47), cell("行政单位离退休", 180, 203),
                        cell("80.00", 382, 56), cell("80.00", 438, 59)),
                line(6, cell("208", 39, 47), cell("05", 86, 47), cell("05", 133, 47),
                        cell("机关事业单位基本养老保险缴费支出", 180, 203), cell("40.50", 382, 56), cell("40.50", 438, 59)),
                line(7, cell("合计", 39, 343), cell("120.50", 382, 56), cell("120.50", 438, 59))));
        ParsedFacts facts = parser.parse(t05, TableRegionFixture.identity(2024));
        assertThat(func(facts, "208", "total")).contains(wan("120.50"));
        assertThat(func(facts, "20805", "basic")).contains(wan("120.50"));
        assertThat(func(facts, "2080501", "total")).contains(wan("80.00"));
        assertThat(func(facts, "2080505", "basic")).contains(wan("40.50"));
        assertThat(facts.funcAmounts().stream().filter(f -> f.subjectCode().equals("2080505")).findFirst()
                .orElseThrow().subjectNameZh()).isEqualTo("机关事业单位基本养老保险缴费支出");
        assertThat(stat(facts, "t05.gpb_total")).contains(wan("120.50"));
        assertThat(facts.issues()).isEmpty();
    }

    private static TableRegion.PageLine line(double y, org.fiscalwarehouse.extract.Cell... cells) {
        return new TableRegion.PageLine(1, new org.fiscalwarehouse.extract.Line(y, java.util.List.of(cells)));
    }

    private static org.fiscalwarehouse.extract.Cell cell(String text, double x, double width) {
        return new org.fiscalwarehouse.extract.Cell(text, x, width);
    }
}
