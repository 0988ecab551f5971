package org.fiscalwarehouse.parse;

import org.fiscalwarehouse.golden.GoldenFacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscalwarehouse.parse.FactsAssert.assertGolden;
import static org.fiscalwarehouse.parse.FactsAssert.econ;
import static org.fiscalwarehouse.parse.FactsAssert.stat;
import static org.fiscalwarehouse.parse.TableRegionFixture.FUND_CENTRE;
import static org.fiscalwarehouse.parse.TableRegionFixture.FUZHOU;
import static org.fiscalwarehouse.parse.TableRegionFixture.QUANZHOU;
import static org.fiscalwarehouse.parse.TableRegionFixture.XIAMEN;
import static org.fiscalwarehouse.parse.IncomeExpenseSummaryParserTest.row;
import static org.fiscalwarehouse.parse.TableRegionFixture.region;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EconomicSubjectTableParserTest {

    private final EconomicSubjectTableParser parser = new EconomicSubjectTableParser();

    @Test
    void readsFuzhouTable06WhereWrappedNamesPushCodesAndAmountsOntoTheirOwnLines() {
        ParsedFacts t06 = parser.parse(region(FUZHOU, "T06", 626, 779), TableRegionFixture.identity(2023));
        assertGolden(t06, GoldenFacts.fromTable(GoldenFacts.FUZHOU, "t06.", "T06"));
        assertThat(econ(t06, "30108")).contains(new BigDecimal("153.67"));
        assertThat(econ(t06, "31003")).contains(new BigDecimal("0.00"));
        // line 756 "0.00 30231": 30310's amount, then the next block's code; 30231's amount is on line 761
        assertThat(econ(t06, "30310")).contains(new BigDecimal("0.00"));
        assertThat(econ(t06, "30231")).contains(new BigDecimal("0.00"));
        assertThat(econ(t06, "30239")).contains(new BigDecimal("48.61"));
        assertThat(econ(t06, "30299")).contains(new BigDecimal("26.15"));
        assertThat(t06.econAmounts().stream().filter(e -> e.econCode().equals("31007")).findFirst().orElseThrow()
                .econNameZh()).isEqualTo("信息网络及软件购置更新");
        assertThat(t06.econAmounts()).hasSize(81); // every code printed in the table
    }

    @Test
    void takesPublicTotalFromTheNextAmountAfterItsLabel() {
        ParsedFacts centre = parser.parse(region(FUND_CENTRE, "T06", 121, 163), TableRegionFixture.identity(2023));
        assertGolden(centre, GoldenFacts.fromTable(GoldenFacts.FUND_CENTRE, "t06.", "T06"));
        assertThat(econ(centre, "30106")).contains(new BigDecimal("0.00")); // blank cell
        assertThat(econ(centre, "302")).contains(new BigDecimal("119.14"));
        ParsedFacts quanzhou = parser.parse(region(QUANZHOU, "T06", 347, 394), TableRegionFixture.identity(2024));
        assertGolden(quanzhou, GoldenFacts.fromTable(GoldenFacts.QUANZHOU, "t06.", "T06"));
        // stray 0.00 cells in the empty left block (lines 388-392) belong to no code
        assertThat(econ(quanzhou, "30399")).contains(new BigDecimal("152.29"));
        assertThat(econ(quanzhou, "30299")).contains(new BigDecimal("95.39"));
    }

    @Test
    void emitsNoTotalsForXiamenTable06CutOffBeforeThem() {
        ParsedFacts t06 = parser.parse(region(XIAMEN, "T06", 333, 360), TableRegionFixture.identity(2023));
        assertThat(stat(t06, "t06.personnel_total")).isEmpty();
        assertThat(stat(t06, "t06.public_total")).isEmpty();
        assertThat(econ(t06, "30217")).contains(new BigDecimal("3.98"));
        assertThat(econ(t06, "31002")).contains(new BigDecimal("34.96"));
        assertThat(econ(t06, "30106")).contains(new BigDecimal("0.00"));
    }

    @Test
    void readsCodesPrintedOverClassAndItemColumnsInSideBySideBlocks() {
        // "301 | 14 | 医疗费" with a blank amount, then the right block's "302 | 13 | 维修（护）费 | 2.83"
        TableRegion t06 = new TableRegion("T06", "一般公共预算财政拨款基本支出决算表", 1, java.util.List.of(
                row(1, "经济分类", "科目名称", "决算数", "经济分类", "科目名称", "决算数"),
                row(2, "301", "工资福利支出", "12.00", "302", "商品和服务支出", "2.83"),
                row(3, "301", "01", "基本工资", "12.00", "302", "01", "办公费"),
                row(4, "301", "14", "医疗费", "302", "13", "维修（护）费", "2.83"),
                row(5, "人员经费合计", "12.00", "公用经费合计", "2.83")));
        ParsedFacts facts = parser.parse(t06, TableRegionFixture.identity(2024));
        assertThat(econ(facts, "30101")).contains(new BigDecimal("12.00"));
        assertThat(econ(facts, "30114")).contains(new BigDecimal("0.00"));
        assertThat(econ(facts, "30201")).contains(new BigDecimal("0.00"));
        assertThat(econ(facts, "30213")).contains(new BigDecimal("2.83"));
        assertThat(facts.econAmounts()).extracting(EconAmount::econCode)
                .containsExactly("301", "302", "30101", "30201", "30114", "30213");
        assertThat(stat(facts, "t06.public_total")).contains(new BigDecimal("2.83"));
    }

    @Test
    void takesABudgetTablesPersonnelAndPublicTotalsFromItsTotalRow() {
        TableRegion b09 = new TableRegion("B09", "一般公共预算基本支出部门预算经济分类预算表", 1, java.util.List.of(
                row(1, "经济分类科目编码", "经济分类科目名称", "合计", "人员经费", "公用经费"),
                row(2, "类", "款"),
                row(3, "301", "工资福利支出", "100.00", "100.00"),
                row(4, "301", "01", "基本工资", "60.00", "60.00"),
                row(5, "302", "商品和服务支出", "25.00", "", "25.00"),
                row(6, "合计", "125.00", "100.00", "25.00")));
        DocumentIdentity id = new DocumentIdentity("某局", "unit-x", false, 2025, DocKind.BUDGET, Scope.UNIT, "t");
        ParsedFacts facts = parser.parse(b09, id);
        assertThat(econ(facts, "30101")).contains(new BigDecimal("60.00"));
        assertThat(econ(facts, "302")).contains(new BigDecimal("25.00"));
        assertThat(stat(facts, "budget.personnel")).contains(new BigDecimal("100.00"));
        assertThat(stat(facts, "budget.public")).contains(new BigDecimal("25.00"));
        assertThat(facts.econAmounts()).allMatch(e -> e.tableCode().equals("B09"));
    }
}
