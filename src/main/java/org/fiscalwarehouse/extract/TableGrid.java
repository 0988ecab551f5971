package org.fiscalwarehouse.extract;

import java.util.Arrays;
import java.util.List;

/**
 * A ruled table found on a page: the distinct x positions of its vertical rulings and y positions of its
 * horizontal rulings cut it into atoms, and atoms not separated by a ruling are merged into one cell
 * (spanned header cells). {@code cellOfAtom[row][col]} names the cell holding each atom.
 */
record TableGrid(double[] xs, double[] ys, int[][] cellOfAtom, List<CellBox> cells) {

    /** A cell's box in points; {@code topRow} is the index of the row band the cell starts in. */
    record CellBox(double left, double top, double right, double bottom, int topRow) {
    }

    boolean contains(double x, double y) {
        return x >= xs[0] && x <= xs[xs.length - 1] && y >= ys[0] && y <= ys[ys.length - 1];
    }

    /** The index of the cell holding the point, or -1 when the point is outside the table. */
    int cellAt(double x, double y) {
        if (!contains(x, y)) {
            return -1;
        }
        return cellOfAtom[band(ys, y)][band(xs, x)];
    }

    int rowCount() {
        return ys.length - 1;
    }

    int columnCount() {
        return xs.length - 1;
    }

    private static int band(double[] edges, double v) {
        int i = Arrays.binarySearch(edges, v);
        int band = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(edges.length - 2, band));
    }
}
