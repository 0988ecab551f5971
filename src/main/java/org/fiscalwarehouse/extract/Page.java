package org.fiscalwarehouse.extract;

import java.util.List;

/** One page of a document as positioned lines, top to bottom. Page numbers start at 1. */
public record Page(int number, List<Line> lines) {

    public Page {
        lines = List.copyOf(lines);
    }
}
