package org.fiscalwarehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableLocatorTest {

    private final TableLocator locator = new TableLocator();

    private List<TableRegion> regions(String name) {
        return locator.locate(CorpusDocuments.load(name));
    }

    private static List<String> codes(List<TableRegion> regions) {
        return regions.stream().map(TableRegion::tableCode).toList();
    }

    @Test
    void givesXiamensSangongTablePrintedAsTable09TheCodeT07() {
        List<TableRegion> regions = regions(CorpusDocuments.XIAMEN);
        TableRegion sangong = regions.stream().filter(r -> r.printedTitle().contains("三公")).findFirst().orElseThrow();
        assertThat(sangong.tableCode()).isEqualTo("T07");
        assertThat(sangong.printedTitle()).isEqualTo("公开 09 表 一般公共预算财政拨款“三公”经费支出决算表");
        // the 政府性基金 and 国有资本 tables printed as 公开07表/08表 are T08/T09
        assertThat(regions.stream().filter(r -> r.printedTitle().startsWith("公开 07 表")).findFirst().orElseThrow()
                .tableCode()).isEqualTo("T08");
        assertThat(codes(regions)).containsSubsequence("T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09");
    }

    @Test
    void endsXiamensTable01AtItsNoteAndKeepsTheLostLabelRows() {
        TableRegion t01 = regions(CorpusDocuments.XIAMEN).get(0);
        assertThat(t01.tableCode()).isEqualTo("T01");
        assertThat(t01.lines()).anyMatch(pl -> pl.line().y() == 166);
        assertThat(t01.lines().get(t01.lines().size() - 1).line().y()).isLessThan(174);
    }

    @Test
    void findsNoTables02To05InTheFundCentre2023AccountThatLacksThem() {
        List<String> codes = codes(regions(CorpusDocuments.FUND_CENTRE_2023));
        assertThat(codes).doesNotContain("T02", "T03", "T04", "T05");
        assertThat(codes).startsWith("T01", "T06", "T07", "T08", "T09");
        assertThat(codes).filteredOn("PERF"::equals).hasSize(3);
    }

    @Test
    void findsNoBudgetTablesInThe2025BudgetThatPrintsOnlyTheirHeadings() {
        List<TableRegion> regions = regions(CorpusDocuments.FUND_CENTRE_BUDGET);
        assertThat(codes(regions)).allMatch("PERF"::equals);
        // four 项目绩效目标表 and the 单位整体绩效目标表
        assertThat(regions).hasSize(5);
    }

    @Test
    void skipsTableOfContentsEntries() {
        // Xiamen's TOC (tab-separated, dot leaders) ends at line 37; Quanzhou's is a markdown table (lines 9-39)
        assertThat(regions(CorpusDocuments.XIAMEN)).allMatch(r -> r.lines().get(0).line().y() > 37);
        List<TableRegion> quanzhou = regions(CorpusDocuments.QUANZHOU);
        assertThat(quanzhou).allMatch(r -> r.lines().get(0).line().y() > 39);
        assertThat(codes(quanzhou)).filteredOn("T01"::equals).hasSize(1);
        assertThat(codes(quanzhou)).containsSubsequence("T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09");
    }

    @Test
    void findsEachStandardTableOnceAndThePerformanceTablesOfFuzhou() {
        List<String> codes = codes(regions(CorpusDocuments.FUZHOU));
        assertThat(codes.subList(0, 9)).containsExactly("T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09");
        // seven project self-evaluations printed as 绩效自评公开表 (one split by a page break title repeat)
        assertThat(codes.subList(9, codes.size())).allMatch("PERF"::equals).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void keepsAPageNumberLineInsideTheTable() {
        // Fuzhou 公开04表 has the page number "17" between its carry-over rows and 总计 (line 562)
        TableRegion t04 = regions(CorpusDocuments.FUZHOU).get(3);
        assertThat(t04.tableCode()).isEqualTo("T04");
        assertThat(t04.lines()).anyMatch(pl -> pl.line().y() == 562 && pl.line().text().equals("17"));
    }
}
