package org.fiscalwarehouse.extract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A line of a page: text that shares a baseline, split into cells. Inside a ruled table a line is one
 * table row, and a cell's text may have been joined from several wrapped lines of the same cell.
 */
public record Line(double y, List<Cell> cells) {

    public Line {
        cells = List.copyOf(cells);
    }

    /** The line's text with cells separated by a single space. */
    public String text() {
        return cells.stream().map(Cell::text).filter(t -> !t.isBlank()).collect(Collectors.joining(" "));
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }
}
