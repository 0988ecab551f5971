package org.fiscalwarehouse.parse;

/**
 * A figure column of a subject table: the measure it holds, its header as printed, and its horizontal extent
 * (PDF points, or the cell index for text forms). For a layout without cell boundaries the extent is unused.
 */
public record SubjectColumn(String measure, String header, double left, double right) {

    public double centre() {
        return (left + right) / 2;
    }
}
