package org.fiscalwarehouse.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML disclosure: block elements become one-cell lines, each table row one line whose cells sit
 * at their column index (honouring colspan and rowspan), so "same column" still means "same x". Elements
 * styled with a page break start a new page.
 */
public class HtmlDocumentReader implements DocumentReader {

    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "svg");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "main", "nav", "aside", "blockquote",
            "pre", "caption", "figure", "figcaption", "form", "hr", "address", "center", "body");
    private static final Pattern ERROR_TITLE = Pattern.compile(
            "(?i)\\b(40[0-9]|50[0-9])\\b|not found|error|页面不存在|找不到|错误|禁止访问|无法访问|服务器");

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return ContentSniffer.sniff(head) == ContentSniffer.Kind.HTML;
    }

    @Override
    public SourceFormat format(byte[] head) {
        return SourceFormat.HTML;
    }

    @Override
    public List<Page> read(Path file) throws ExtractionException {
        Document document;
        try {
            document = Jsoup.parse(file.toFile(), null); // charset from BOM/meta, UTF-8 otherwise
        } catch (IOException e) {
            throw new ExtractionException("unreadable HTML page (" + e.getMessage() + ")", e);
        }
        return read(document);
    }

    /** Reads already-parsed HTML; also used for HTML held in memory. */
    public List<Page> read(Document document) throws ExtractionException {
        if (document.select("table").isEmpty() && ERROR_TITLE.matcher(document.title()).find()) {
            throw new ExtractionException("not a disclosure: the HTML page is a server error page (\""
                    + document.title().trim() + "\")");
        }
        Walker walker = new Walker();
        walker.block(document.body() == null ? document : document.body());
        walker.flush();
        walker.breakPage();
        if (walker.pages.isEmpty()) {
            throw new ExtractionException("empty HTML page: no text");
        }
        return walker.pages;
    }

    /** Walks the DOM in reading order, collecting inline text until a block boundary ends the line. */
    private static final class Walker {
        private final List<Page> pages = new ArrayList<>();
        private List<Line> lines = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private int y;

        void block(Element element) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    pending.append(text.getWholeText());
                } else if (child instanceof Element e) {
                    element(e);
                }
            }
        }

        private void element(Element e) {
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return;
            }
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            boolean breakBefore = style.contains("page-break-before:always") || style.contains("break-before:page");
            boolean breakAfter = style.contains("page-break-after:always") || style.contains("break-after:page");
            if (breakBefore) {
                flush();
                breakPage();
            }
            if (tag.equals("br")) {
                flush();
            } else if (tag.equals("table")) {
                flush();
                table(e);
            } else if (BLOCKS.contains(tag)) {
                flush();
                block(e);
                flush();
            } else {
                block(e); // inline element: its text continues the current line
            }
            if (breakAfter) {
                flush();
                breakPage();
            }
        }

        private void table(Element table) {
            // Columns still taken by a rowspan from an earlier row: column index -> rows left.
            Map<Integer, Integer> spanned = new HashMap<>();
            for (Element row : table.select("tr")) {
                if (row.closest("table") != table) {
                    continue; // rows of a nested table are read with that table's cell text
                }
                List<Cell> cells = new ArrayList<>();
                int column = 0;
                for (Element td : row.children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                        continue;
                    }
                    while (spanned.getOrDefault(column, 0) > 0) {
                        column++;
                    }
                    int colspan = span(td.attr("colspan"));
                    int rowspan = span(td.attr("rowspan"));
                    String text = clean(td.wholeText());
                    if (!text.isEmpty()) {
                        cells.add(new Cell(text, column, colspan));
                    }
                    if (rowspan > 1) {
                        for (int c = column; c < column + colspan; c++) {
                            spanned.put(c, rowspan);
                        }
                    }
                    column += colspan;
                }
                // Rows consumed: spans started in this row count this row too.
                spanned.replaceAll((c, left) -> left - 1);
                if (!cells.isEmpty()) {
                    lines.add(new Line(y++, cells));
                }
            }
        }

        void flush() {
            String text = clean(pending.toString());
            pending.setLength(0);
            if (!text.isEmpty()) {
                lines.add(new Line(y++, List.of(new Cell(text, 0, 1))));
            }
        }

        void breakPage() {
            if (!lines.isEmpty()) {
                pages.add(new Page(pages.size() + 1, lines));
                lines = new ArrayList<>();
                y = 0;
            }
        }

        private static int span(String value) {
            try {
                return Math.max(1, Math.min(1000, Integer.parseInt(value.trim())));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private static String clean(String text) {
            // HTML collapses whitespace; U+00A0 (&nbsp;) is a space for our purposes.
            return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
        }
    }
}
