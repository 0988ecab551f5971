package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.PerformanceFundingLine;

/**
 * The funding block of one self-evaluation as a grid of rows (the first row, then the breakdown) and columns
 * (年初预算数, 调整数, 全年预算数, 全年执行数), with its identities: in each column the first row is the sum of the
 * breakdown rows (a 小计 row stands for the rows under it, up to the next 小计), each 小计 is the sum of its rows,
 * and on forms that print an adjustment 年初 + 调整 = 调整后 on every row; each row's printed 执行率 is 全年执行数 ÷
 * 全年预算数. A blank cell of a breakdown row counts as 0, as on the printed form, in the columns the first row
 * prints.
 */
final class FundingGrid {

    enum Column {
        INITIAL("年初预算数", PerformanceFundingLine::budgetInitialWan),
        ADJUSTED("调整数", PerformanceFundingLine::adjustedWan),
        FULL_YEAR("全年预算数", PerformanceFundingLine::budgetFullYearWan),
        EXECUTED("全年执行数", PerformanceFundingLine::executedWan);

        final String nameZh;
        final Function<PerformanceFundingLine, BigDecimal> read;

        Column(String nameZh, Function<PerformanceFundingLine, BigDecimal> read) {
            this.nameZh = nameZh;
            this.read = read;
        }
    }

    /** A cell: the row's index in {@link #lines()} and the column. */
    record Cell(int row, Column column) {
    }

    private final String project;
    private final List<PerformanceFundingLine> lines;

    private FundingGrid(String project, List<PerformanceFundingLine> lines) {
        this.project = project;
        this.lines = lines;
    }

    /** One grid per self-evaluation: a first row and the breakdown rows that follow it. */
    static List<FundingGrid> of(ParsedFacts facts) {
        List<FundingGrid> grids = new ArrayList<>();
        List<PerformanceFundingLine> current = null;
        for (PerformanceFundingLine l : facts.fundingLines()) {
            if (l.total()) {
                current = new ArrayList<>();
                current.add(l);
                grids.add(new FundingGrid(l.projectNameZh(), current));
            } else if (current != null && l.projectNameZh().equals(grids.get(grids.size() - 1).project)) {
                current.add(l);
            }
        }
        return grids;
    }

    String project() {
        return project;
    }

    List<PerformanceFundingLine> lines() {
        return lines;
    }

    String rowName(int row) {
        String label = lines.get(row).lineZh();
        return label == null || label.isBlank() ? (row == 0 ? "合计" : "第" + (row + 1) + "行") : label;
    }

    /** Every known cell; a blank cell of a breakdown row with other figures reads 0. */
    Map<Cell, BigDecimal> values() {
        Map<Cell, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PerformanceFundingLine l = lines.get(i);
            for (Column c : Column.values()) {
                BigDecimal v = c.read.apply(l);
                if (v == null && i > 0 && c.read.apply(lines.get(0)) != null) {
                    v = BigDecimal.ZERO.setScale(2);
                }
                if (v != null) {
                    values.put(new Cell(i, c), v);
                }
            }
        }
        return values;
    }

    /** The sum identities described above, over known cells. */
    List<MistypedFigureFinder.Sum<Cell>> identities(Tolerance tolerance) {
        Map<Cell, BigDecimal> values = values();
        List<MistypedFigureFinder.Sum<Cell>> out = new ArrayList<>();
        List<Integer> parts = new ArrayList<>();
        Map<Integer, List<Integer>> subtotals = new LinkedHashMap<>();
        Integer openSubtotal = null;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).subtotal()) {
                openSubtotal = i;
                subtotals.put(i, new ArrayList<>());
            } else {
                parts.add(i);
                if (openSubtotal != null) {
                    subtotals.get(openSubtotal).add(i);
                }
            }
        }
        for (Column c : Column.values()) {
            addSum(out, values, new Cell(0, c), parts, c, tolerance, "column " + c.nameZh + " (" + rowName(0) + ")");
            subtotals.forEach((row, under) -> addSum(out, values, new Cell(row, c), under, c, tolerance,
                    "column " + c.nameZh + " (" + rowName(row) + ")"));
        }
        for (int i = 0; i < lines.size(); i++) {
            Cell initial = new Cell(i, Column.INITIAL);
            Cell adjusted = new Cell(i, Column.ADJUSTED);
            Cell full = new Cell(i, Column.FULL_YEAR);
            if (values.containsKey(initial) && values.containsKey(adjusted) && values.containsKey(full)) {
                out.add(new MistypedFigureFinder.Sum<>(full, List.of(initial, adjusted), tolerance,
                        "row " + rowName(i) + " 年初 + 调整 = 调整后"));
            }
        }
        return out;
    }

    /** Each row's stated rate against its figures, where the full-year budget is not 0. */
    List<ExecutionRate> rates() {
        Map<Cell, BigDecimal> values = values();
        List<ExecutionRate> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal rate = lines.get(i).statedRatePct();
            Cell executed = new Cell(i, Column.EXECUTED);
            Cell full = new Cell(i, Column.FULL_YEAR);
            if (rate != null && values.containsKey(executed) && values.containsKey(full)
                    && values.get(full).signum() != 0) {
                out.add(new ExecutionRate(executed, full, rate, "row " + rowName(i) + " 执行率 " + rate.toPlainString()
                        + "%"));
            }
        }
        return out;
    }

    /**
     * 执行率 = 全年执行数 ÷ 全年预算数 × 100, as printed: within half a unit of the rate's last printed decimal, widened
     * by what the amounts' own rounding can move it.
     */
    record ExecutionRate(Cell executed, Cell budget, BigDecimal statedPct, String describe)
            implements MistypedFigureFinder.Constraint<Cell> {

        @Override
        public List<Cell> cells() {
            return List.of(executed, budget);
        }

        @Override
        public boolean holds(Function<Cell, BigDecimal> read) {
            BigDecimal budgetWan = read.apply(budget);
            if (budgetWan.signum() == 0) {
                return true;
            }
            return computed(read).subtract(statedPct).abs().compareTo(allowance(budgetWan)) <= 0;
        }

        BigDecimal computed(Function<Cell, BigDecimal> read) {
            return read.apply(executed).multiply(BigDecimal.valueOf(100))
                    .divide(read.apply(budget), 6, java.math.RoundingMode.HALF_UP);
        }

        BigDecimal allowance(BigDecimal budgetWan) {
            BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(Math.max(0, statedPct.scale())).divide(BigDecimal.valueOf(2));
            BigDecimal fromRounding = BigDecimal.ONE.divide(budgetWan.abs(), 6, java.math.RoundingMode.UP);
            return halfUnit.add(fromRounding);
        }

        @Override
        public java.util.Optional<BigDecimal> solveFor(Cell cell, Function<Cell, BigDecimal> read) {
            return java.util.Optional.empty(); // a rounded rate pins a range, not a figure
        }

        @Override
        public int terms() {
            return 2;
        }
    }

    private static void addSum(List<MistypedFigureFinder.Sum<Cell>> out, Map<Cell, BigDecimal> values, Cell total,
                               List<Integer> rows, Column c, Tolerance tolerance, String describe) {
        List<Cell> parts = rows.stream().map(i -> new Cell(i, c)).toList();
        if (!parts.isEmpty() && values.containsKey(total) && parts.stream().allMatch(values::containsKey)) {
            out.add(new MistypedFigureFinder.Sum<>(total, parts, tolerance, describe));
        }
    }
}
