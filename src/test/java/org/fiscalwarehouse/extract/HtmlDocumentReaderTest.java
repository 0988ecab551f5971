package org.fiscalwarehouse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlDocumentReaderTest {

    private final HtmlDocumentReader reader = new HtmlDocumentReader();

    private static List<String> shape(Line line) {
        return line.cells().stream().map(c -> c.text() + "@" + (int) c.x() + "+" + (int) c.width()).toList();
    }

    @Test
    void tableRowsBecomeLinesWithColumnIndexAsX() throws Exception {
        String html = """
                <html><head><title>三公经费</title><style>p{}</style></head><body>
                <h2>一般公共预算财政拨款“三公”经费支出决算表</h2>
                <div>单位：万元&nbsp;&nbsp;<span>公开 09 表</span></div>
                <table>
                  <tr><th rowspan="2">合计</th><th colspan="2">预算数</th><th>决算数</th></tr>
                  <tr><td>因公出国 (境) 费</td><td>公务接待费</td><td></td></tr>
                  <tr><td>15.46</td><td>6.46</td><td> 9.00 </td><td>10.43</td></tr>
                </table>
                <p>注：本表反映<b>部门</b>本年度情况。<br>第二行</p>
                </body></html>""";
        List<Page> pages = reader.read(Jsoup.parse(html));
        assertEquals(1, pages.size());
        List<Line> lines = pages.get(0).lines();
        assertEquals("一般公共预算财政拨款“三公”经费支出决算表", lines.get(0).text());
        assertEquals(List.of("单位：万元 公开 09 表@0+1"), shape(lines.get(1)));
        assertEquals(List.of("合计@0+1", "预算数@1+2", "决算数@3+1"), shape(lines.get(2)));
        // The rowspan of 合计 pushes the second header row one column right.
        assertEquals(List.of("因公出国 (境) 费@1+1", "公务接待费@2+1"), shape(lines.get(3)));
        assertEquals(List.of("15.46@0+1", "6.46@1+1", "9.00@2+1", "10.43@3+1"), shape(lines.get(4)));
        assertEquals("注：本表反映部门本年度情况。", lines.get(5).text());
        assertEquals("第二行", lines.get(6).text());
        assertTrue(lines.get(5).y() < lines.get(6).y());
    }

    @Test
    void pageBreakStyleStartsNewPage() throws Exception {
        String html = "<html><body><p>第一页</p><div style=\"page-break-before: always\">第二页</div>"
                + "<p style='page-break-after:always'>仍第二页</p><p>第三页</p></body></html>";
        List<Page> pages = reader.read(Jsoup.parse(html));
        assertEquals(3, pages.size());
        assertEquals(List.of(1, 2, 3), pages.stream().map(Page::number).toList());
        assertEquals("仍第二页", pages.get(1).lines().get(1).text());
        assertEquals("第三页", pages.get(2).lines().get(0).text());
    }

    @Test
    void errorPageIsRejected() {
        String html = "<!DOCTYPE html><html><head><title>404 页面不存在</title></head><body><p>页面不存在</p></body></html>";
        ExtractionException e = assertThrows(ExtractionException.class, () -> reader.read(Jsoup.parse(html)));
        assertTrue(e.getMessage().startsWith("not a disclosure"), e.getMessage());
    }

    @Test
    void sniffsHtmlAfterBomAndWhitespace() {
        assertTrue(reader.accepts("x.bin", "\uFEFF \n<!DocType html><html>".getBytes()));
        assertTrue(reader.accepts("x.bin", "<HTML><body>".getBytes()));
        assertEquals(false, reader.accepts("x.html", "%PDF-1.7".getBytes()));
    }
}
