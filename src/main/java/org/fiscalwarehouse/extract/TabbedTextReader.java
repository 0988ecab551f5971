package org.fiscalwarehouse.extract;

import java.util.Arrays;
import java.util.List;

/** Tab-separated extractions: every tab is a cell boundary, and empty cells are kept so columns stay aligned. */
public class TabbedTextReader extends TextLinesReader {

    public TabbedTextReader() {
        super(SourceFormat.TEXT_TABBED);
    }

    @Override
    List<String> splitCells(String line) {
        if (line.isBlank()) {
            return List.of();
        }
        return Arrays.asList(line.split("\t", -1));
    }
}
