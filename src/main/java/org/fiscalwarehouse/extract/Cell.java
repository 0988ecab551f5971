package org.fiscalwarehouse.extract;

/**
 * One cell of text on a line, with its horizontal place. For PDF the coordinates are points from the
 * page's left edge; for text forms without geometry (tab-separated, markdown) x is the cell's index,
 * so that "same column" still means "same x".
 */
public record Cell(String text, double x, double width) {

    public double right() {
        return x + width;
    }

    public double centre() {
        return x + width / 2;
    }

    public boolean isBlank() {
        return text == null || text.isBlank();
    }
}
