package org.fiscalwarehouse.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the readers for text extractions made by other tools. Text has no geometry, so a line's y is its
 * 1-based line number in the file (a provenance an analyst can follow) and a cell's x is its index on the line.
 * Form feeds, where a tool kept them, start a new page.
 */
abstract class TextLinesReader implements DocumentReader {

    private final SourceFormat format;

    TextLinesReader(SourceFormat format) {
        this.format = format;
    }

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return TextFormatSniffer.sniff(head) == format;
    }

    @Override
    public SourceFormat format(byte[] head) {
        return format;
    }

    @Override
    public List<Page> read(Path file) throws ExtractionException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExtractionException("unreadable text file: " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Page> pages = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            int ff = line.indexOf('\f');
            if (ff >= 0) {
                pages.add(new Page(pages.size() + 1, lines));
                lines = new ArrayList<>();
                line = line.replace("\f", "");
            }
            List<String> cells = splitCells(line.replace('\u00A0', ' '));
            if (cells == null) {
                continue;
            }
            List<Cell> positioned = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) {
                positioned.add(new Cell(cells.get(c).strip(), c, 1));
            }
            lines.add(new Line(i + 1, positioned));
        }
        pages.add(new Page(pages.size() + 1, lines));
        return pages;
    }

    /** The line's cells, or null to drop the line (e.g. a markdown rule line). */
    abstract List<String> splitCells(String line);
}
