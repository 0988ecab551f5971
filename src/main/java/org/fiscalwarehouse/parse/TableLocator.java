package org.fiscalwarehouse.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.extract.ExtractedDocument;
import org.fiscalwarehouse.extract.Line;
import org.fiscalwarehouse.extract.Page;

/**
 * Splits a document into its tables. A table starts at a line that names a known table (see
 * {@link TableTitleClassifier}) and runs, over page breaks, until the next such line, a note line (注：/备注：) or a
 * part heading (第三部分 …). Headings that repeat a title, table-of-contents entries and titles of tables the
 * document does not print (a heading followed by no header and no amounts) yield no region.
 */
public class TableLocator {

    private static final Pattern PRINTED_NUMBER = Pattern.compile("公开\\s*\\d+\\s*表");
    /** A table-of-contents entry: a title followed by dot leaders and/or a page number. */
    private static final Pattern TOC_ENTRY = Pattern.compile(".*表\\s*(?:[.．·…。]{2,}\\s*)?\\d{1,3}");
    private static final Pattern DOT_LEADER = Pattern.compile("[.．·…]{3,}");
    private static final Pattern NOTE = Pattern.compile("^[-—–•\\s]*(?:备\\s*)?注\\s*[：:]");
    private static final Pattern PART_HEADING = Pattern.compile("^第[一二三四五六七八九十]+部分");
    /** An annexed report's heading ("二、《项目支出绩效评价报告》"): prose follows, not the table before it. */
    private static final Pattern REPORT_HEADING = Pattern.compile("^.{0,38}报告》?$");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("3\\d{2}(?:\\d{2})?");
    private static final Pattern HEADER_WORD =
            Pattern.compile("项目|科目|栏次|行次|决算数|预算数|金额|合计|指标|项目名称");

    public List<TableRegion> locate(ExtractedDocument document) {
        List<TableRegion.PageLine> all = new ArrayList<>();
        for (Page page : document.pages()) {
            for (Line line : page.lines()) {
                if (!line.isBlank()) {
                    all.add(new TableRegion.PageLine(page.number(), line));
                }
            }
        }
        List<TableRegion> regions = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            Optional<String> code = titleCode(all.get(i).line());
            if (code.isEmpty()) {
                i++;
                continue;
            }
            TableRegion.PageLine titleLine = all.get(i);
            int end = i + 1;
            while (end < all.size() && !endsRegion(all.get(end).line())) {
                end++;
            }
            List<TableRegion.PageLine> body = all.subList(i + 1, end);
            if (hasTableContent(body)) {
                regions.add(new TableRegion(refineCode(code.get(), body), printedTitle(titleLine.line(), body),
                        titleLine.page(), body, AmountUnit.statedIn(body)));
            }
            i = end;
        }
        return regions;
    }

    /** The code the line names as a table title, unless it is a table-of-contents entry. */
    static Optional<String> titleCode(Line line) {
        String text = line.text();
        if (isTocEntry(line, text)) {
            return Optional.empty();
        }
        // a title stands alone on its line; in markdown it may be the only filled cell of a table row
        return TableTitleClassifier.codeFor(text);
    }

    private static boolean isTocEntry(Line line, String text) {
        if (DOT_LEADER.matcher(text).find()) {
            return true;
        }
        List<Cell> filled = line.cells().stream().filter(c -> !c.isBlank()).toList();
        boolean endsWithPageNumber = filled.size() >= 2 && filled.get(filled.size() - 1).text().strip().matches("\\d{1,3}");
        return endsWithPageNumber || TOC_ENTRY.matcher(text.replaceAll("\\s", "")).matches();
    }

    private static boolean endsRegion(Line line) {
        String text = line.text().strip();
        boolean singleCell = line.cells().stream().filter(c -> !c.isBlank()).count() == 1;
        return titleCode(line).isPresent() || NOTE.matcher(text).find() || PART_HEADING.matcher(text).find()
                || (singleCell && REPORT_HEADING.matcher(text).matches());
    }

    /** A title counts only when a table follows it: a header row or amounts. */
    private static boolean hasTableContent(List<TableRegion.PageLine> body) {
        for (TableRegion.PageLine pl : body) {
            List<Cell> filled = pl.line().cells().stream().filter(c -> !c.isBlank()).toList();
            if (filled.stream().anyMatch(c -> AmountText.isMoney(c.text()))) {
                return true;
            }
            long headerWords = filled.stream().filter(c -> HEADER_WORD.matcher(c.text()).find()).count();
            if (filled.size() >= 2 && headerWords >= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Content overrides a title that names the wrong table: a table listing 因公出国, 公务用车 and 公务接待 is the 三公
     * table whatever its title or printed number says.
     */
    private static String refineCode(String titleCode, List<TableRegion.PageLine> body) {
        if (titleCode.equals("PERF")) {
            return titleCode;
        }
        StringBuilder text = new StringBuilder();
        boolean economicCodes = false;
        for (TableRegion.PageLine pl : body) {
            text.append(pl.line().text().replaceAll("\\s", "")).append('\n');
            economicCodes |= pl.line().cells().stream().anyMatch(c -> ECONOMIC_CODE.matcher(c.text().strip()).matches());
        }
        String s = text.toString();
        // T06 lists 30212 因公出国（境）费用, 30217 公务接待费 … among its economic codes; the 三公 table has no codes
        boolean sangong = s.contains("出国") && s.contains("公务接待") && s.contains("公务用车") && !economicCodes;
        if (sangong && !titleCode.equals("T07") && !titleCode.equals("B10")) {
            return titleCode.startsWith("B") ? "B10" : "T07";
        }
        return titleCode;
    }

    /** The title as printed, prefixed by its printed 公开NN表 number when one stands on the title or header lines. */
    private static String printedTitle(Line titleLine, List<TableRegion.PageLine> body) {
        String title = titleLine.text().strip();
        if (PRINTED_NUMBER.matcher(title).find()) {
            return title;
        }
        for (int k = 0; k < Math.min(6, body.size()); k++) {
            Matcher m = PRINTED_NUMBER.matcher(body.get(k).line().text());
            if (m.find()) {
                return m.group() + " " + title;
            }
        }
        return title;
    }
}
