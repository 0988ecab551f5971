package org.fiscalwarehouse.extract;

import static org.fiscalwarehouse.extract.SamplePdfs.cell;
import static org.fiscalwarehouse.extract.SamplePdfs.lineWithCells;
import static org.fiscalwarehouse.extract.SamplePdfs.overlaps;
import static org.fiscalwarehouse.extract.SamplePdfs.pageContaining;
import static org.fiscalwarehouse.extract.SamplePdfs.pages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfDocumentReaderTest {

    @Test
    void readsRuledTableRowOfXiamenTable01AsOneLine() {
        Page page = pageContaining(pages("xiamen-hsa"), "公开 01 表");
        Line row = lineWithCells(page, "一、一般公共预算财政拨款收入", "126,996.81");
        // The row's other side of the table is on the same line, in its own ruled cells.
        assertEquals("一、一般公共服务支出", row.cells().get(3).text());
        assertTrue(cell(row, "一、一般公共预算财政拨款收入").x() < cell(row, "126,996.81").x());
    }

    @Test
    void xiamenSangongValuesOverlapTheirColumnNumbers() {
        Page page = pageContaining(pages("xiamen-hsa"), "公开 09 表");
        Line header = lineWithCells(page, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        Line data = lineWithCells(page, "15.46", "6.46", "9.00", "10.43", "3.98");
        assertEquals(List.of("15.46", "6.46", "9.00", "10.43", "6.46", "3.98"),
                data.cells().stream().map(Cell::text).toList());
        assertTrue(overlaps(cell(data, "9.00"), cell(header, "6")), "9.00 is 栏次 6");
        assertTrue(overlaps(cell(data, "3.98"), cell(header, "12")), "3.98 is 栏次 12");
        assertTrue(overlaps(cell(data, "15.46"), cell(header, "1")), "15.46 is 栏次 1");
        assertFalse(overlaps(cell(data, "9.00"), cell(header, "5")), "ruled boxes do not bleed into neighbours");
    }

    @Test
    void xiamenTable05KeepsSubjectCodeNameAndAmountsOnOneLine() {
        Page page = pageContaining(pages("xiamen-hsa"), "公开 05 表");
        Line row = lineWithCells(page, "2101102", "事业单位医疗", "241.61", "8.11", "233.50");
        Line numbers = lineWithCells(page, "1", "2", "3");
        assertTrue(overlaps(cell(row, "8.11"), cell(numbers, "2")));
        assertTrue(overlaps(cell(row, "233.50"), cell(numbers, "3")));
    }

    @Test
    void fuzhouTable01HasTotalIncomeOnPage6() {
        List<Page> pages = pages("fuzhou-hsa");
        Page page = pageContaining(pages, "本年收入合计");
        assertEquals(6, page.number());
        Line row = lineWithCells(page, "本年收入合计", "3139.49");
        assertEquals("3151.11", row.cells().get(row.cells().size() - 1).text());
    }

    @Test
    void chineseWordsAreNotSplitByLetterSpacing() {
        List<Page> pages = pages("fuzhou-hsa");
        List<Cell> cells = pages.stream().flatMap(p -> p.lines().stream()).flatMap(l -> l.cells().stream()).toList();
        assertTrue(cells.stream().anyMatch(c -> c.text().equals("福州市医疗保障局（本级）")), "unit name cell");
        assertTrue(cells.stream().noneMatch(c -> c.text().equals("医疗保") || c.text().equals("障局")));
        // A printed space between a number and a word stays inside the cell.
        assertTrue(cells.stream().anyMatch(c -> c.text().equals("2023 年度决算表")));
    }

    @Test
    void footerPageNumbersStayAsTheirOwnLine() {
        Page page = pageContaining(pages("xiamen-hsa"), "公开 05 表");
        Line last = page.lines().get(page.lines().size() - 1);
        assertEquals(List.of(String.valueOf(page.number())), last.cells().stream().map(Cell::text).toList());
    }

    @Test
    void linesRunTopToBottom() {
        for (Page page : pages("quanzhou-hsa")) {
            for (int i = 1; i < page.lines().size(); i++) {
                assertTrue(page.lines().get(i - 1).y() <= page.lines().get(i).y(), "page " + page.number());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fujian-fund-centre", "fuzhou-hsa", "quanzhou-hsa", "xiamen-hsa"})
    void samplesReadQuicklyWithTextOnEveryPage(String folder) throws Exception {
        long start = System.nanoTime();
        List<Page> pages = new PdfDocumentReader().read(SamplePdfs.pdf(folder));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.toMillis() < 5000, folder + " took " + took);
        assertTrue(pages.size() >= 25);
        assertTrue(pages.stream().allMatch(p -> !p.lines().isEmpty()));
        assertTrue(pages.stream().flatMap(p -> p.lines().stream()).flatMap(l -> l.cells().stream())
                .noneMatch(c -> c.text().isEmpty() || c.text().contains("\u00A0") || !c.text().equals(c.text().trim())));
        assertTrue(Stream.iterate(1, i -> i + 1).limit(pages.size()).toList()
                .equals(pages.stream().map(Page::number).toList()));
    }
}
