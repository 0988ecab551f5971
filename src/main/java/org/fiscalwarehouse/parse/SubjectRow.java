package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One row of a 功能分类 subject table as read: its code and name as printed (or the 合计 label) and one slot per
 * figure column. A slot is empty when the cell is blank, holds the printed figure, or is lost when the layout shows
 * that the column's figure was pushed out of its cell by a neighbour's and is printed nowhere.
 */
public final class SubjectRow {

    private final int page;
    private final double y;
    private final String code;
    private final StringBuilder name = new StringBuilder();
    private final boolean totalRow;
    private final BigDecimal[] figures;
    private final boolean[] lost;
    private int figureCount;

    public SubjectRow(int page, double y, String code, String name, boolean totalRow, int columns) {
        this.page = page;
        this.y = y;
        this.code = code;
        this.name.append(name == null ? "" : name);
        this.totalRow = totalRow;
        this.figures = new BigDecimal[columns];
        this.lost = new boolean[columns];
    }

    public int page() {
        return page;
    }

    public double y() {
        return y;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name.toString();
    }

    void appendName(String more) {
        name.append(more);
    }

    public boolean isTotalRow() {
        return totalRow;
    }

    public String label() {
        return code == null ? name() : (code + " " + name()).strip();
    }

    public int columns() {
        return figures.length;
    }

    public BigDecimal figure(int column) {
        return figures[column];
    }

    void set(int column, BigDecimal value) {
        figures[column] = value;
        lost[column] = false;
    }

    void markLost(int column) {
        figures[column] = null;
        lost[column] = true;
    }

    public boolean isLost(int column) {
        return lost[column];
    }

    /** Appends the next figure in column order (rows read from text without cell boundaries). */
    boolean append(BigDecimal value) {
        if (figureCount >= figures.length) {
            return false;
        }
        figures[figureCount++] = value;
        return true;
    }

    int appended() {
        return figureCount;
    }

    public boolean hasFigures() {
        return Arrays.stream(figures).anyMatch(f -> f != null);
    }

    /** The column's value for a row with figures: printed value, or zero for a blank; null when lost. */
    public BigDecimal valueOrZero(int column) {
        if (lost[column]) {
            return null;
        }
        return figures[column] == null ? BigDecimal.ZERO.setScale(2) : figures[column];
    }
}
