package org.fiscalwarehouse.parse;

import java.util.List;
import org.fiscalwarehouse.extract.Line;

/**
 * The lines of one table found in a document, from its title to its note (注：) or the next table, joined over
 * page breaks (a repeated header stays in the lines; parsers skip it).
 *
 * @param tableCode    what the table is: T01–T09, B01–B10, or PERF for a performance table
 * @param printedTitle the title as printed, with its printed number (e.g. "公开 09 表 一般公共预算财政拨款“三公”经费支出决算表")
 * @param firstPage    page of the title
 * @param lines        the table's lines in reading order, each with its page
 * @param amountUnit   the money unit the table states (单位：元 / 万元); its figures are converted to 万元 on parsing
 */
public record TableRegion(String tableCode, String printedTitle, int firstPage, List<PageLine> lines,
                          AmountUnit amountUnit) {

    public TableRegion {
        lines = List.copyOf(lines);
    }

    /** A region in the unit its own lines state (万元 when they state none). */
    public TableRegion(String tableCode, String printedTitle, int firstPage, List<PageLine> lines) {
        this(tableCode, printedTitle, firstPage, lines, AmountUnit.statedIn(lines));
    }

    /** A line and the page it stands on. */
    public record PageLine(int page, Line line) {
    }
}
