package org.fiscalwarehouse.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Markdown extractions: pipe-table rows become cells (empty ones kept), rule rows are dropped, prose is one cell. */
public class MarkdownTextReader extends TextLinesReader {

    private static final Pattern RULE_ROW = Pattern.compile("^\\|?(\\s*:?-{2,}:?\\s*\\|)+\\s*:?-*:?\\s*\\|?$");

    public MarkdownTextReader() {
        super(SourceFormat.TEXT_MARKDOWN);
    }

    @Override
    List<String> splitCells(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        if (!t.startsWith("|")) {
            return List.of(t);
        }
        if (RULE_ROW.matcher(t).matches()) {
            return null;
        }
        String inner = t.substring(1, t.endsWith("|") && t.length() > 1 ? t.length() - 1 : t.length());
        return Arrays.asList(inner.split("\\|", -1));
    }
}
