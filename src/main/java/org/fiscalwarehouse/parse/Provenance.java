package org.fiscalwarehouse.parse;

/**
 * Where in the document a figure stands, so an analyst can find it on the printed page.
 *
 * @param page     1-based page (or text block) number
 * @param table    the table as printed (e.g. "公开09表 一般公共预算财政拨款“三公”经费支出决算表") or the narrative section
 * @param rowLabel the row's label as printed (or the sentence fragment for narrative figures)
 * @param column   the column header as printed
 */
public record Provenance(int page, String table, String rowLabel, String column) {
}
