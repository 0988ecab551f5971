package org.fiscalwarehouse.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Plain-line extractions: the tool kept no cell boundaries, so each whitespace-separated run is a cell and
 * parsers read the line as a sequence of label and number tokens. A table row may wrap over several lines.
 */
public class PlainTextReader extends TextLinesReader {

    public PlainTextReader() {
        super(SourceFormat.TEXT_PLAIN);
    }

    @Override
    List<String> splitCells(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(t.split("[\\s\u3000]+"));
    }
}
