package org.fiscalwarehouse.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds ruled tables among a page's ruling lines: rulings that touch each other form one table, and a table
 * needs at least two vertical and two horizontal rulings to be a grid.
 */
final class TableGridDetector {

    /** Rulings whose positions differ by less than this are the same line (double borders, rounding). */
    private static final double SAME_LINE = 1.5;
    /** How far a ruling may stop short of another and still count as touching it. */
    private static final double TOUCH = 2.5;
    private static final double MIN_TABLE_SIDE = 10;

    private TableGridDetector() {
    }

    static List<TableGrid> detect(List<Ruling> rulings) {
        List<Ruling> merged = mergeCollinear(rulings);
        List<TableGrid> grids = new ArrayList<>();
        for (List<Ruling> component : touchingGroups(merged)) {
            TableGrid grid = grid(component);
            if (grid != null) {
                grids.add(grid);
            }
        }
        return grids;
    }

    /** Joins pieces of the same line (LibreOffice draws each cell's border separately). */
    static List<Ruling> mergeCollinear(List<Ruling> rulings) {
        List<Ruling> out = new ArrayList<>();
        for (boolean horizontal : new boolean[] {true, false}) {
            List<Ruling> same = new ArrayList<>(rulings.stream().filter(r -> r.horizontal() == horizontal).toList());
            same.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::from));
            List<Ruling> group = new ArrayList<>();
            for (Ruling r : same) {
                if (!group.isEmpty() && r.position() - group.get(0).position() > SAME_LINE) {
                    out.addAll(joinSpans(group));
                    group.clear();
                }
                group.add(r);
            }
            out.addAll(joinSpans(group));
        }
        return out;
    }

    private static List<Ruling> joinSpans(List<Ruling> group) {
        List<Ruling> out = new ArrayList<>();
        if (group.isEmpty()) {
            return out;
        }
        double position = group.stream().mapToDouble(Ruling::position).average().orElse(0);
        List<Ruling> byFrom = new ArrayList<>(group);
        byFrom.sort(Comparator.comparingDouble(Ruling::from));
        double from = byFrom.get(0).from(), to = byFrom.get(0).to();
        for (Ruling r : byFrom.subList(1, byFrom.size())) {
            if (r.from() <= to + TOUCH) {
                to = Math.max(to, r.to());
            } else {
                out.add(new Ruling(group.get(0).horizontal(), position, from, to));
                from = r.from();
                to = r.to();
            }
        }
        out.add(new Ruling(group.get(0).horizontal(), position, from, to));
        return out;
    }

    private static List<List<Ruling>> touchingGroups(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Ruling a = rulings.get(i);
            if (!a.horizontal()) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                Ruling b = rulings.get(j);
                if (!b.horizontal() && touches(a, b)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Ruling>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rulings.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static boolean touches(Ruling h, Ruling v) {
        return v.position() >= h.from() - TOUCH && v.position() <= h.to() + TOUCH
                && h.position() >= v.from() - TOUCH && h.position() <= v.to() + TOUCH;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static TableGrid grid(List<Ruling> component) {
        List<Ruling> horizontals = component.stream().filter(Ruling::horizontal).toList();
        List<Ruling> verticals = component.stream().filter(r -> !r.horizontal()).toList();
        double[] xs = distinct(verticals);
        double[] ys = distinct(horizontals);
        if (xs.length < 2 || ys.length < 2 || xs[xs.length - 1] - xs[0] < MIN_TABLE_SIDE
                || ys[ys.length - 1] - ys[0] < MIN_TABLE_SIDE) {
            return null;
        }
        int rows = ys.length - 1, cols = xs.length - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !ruled(verticals, xs[c + 1], ys[r], ys[r + 1])) {
                    parent[find(parent, r * cols + c)] = find(parent, r * cols + c + 1);
                }
                if (r + 1 < rows && !ruled(horizontals, ys[r + 1], xs[c], xs[c + 1])) {
                    parent[find(parent, r * cols + c)] = find(parent, (r + 1) * cols + c);
                }
            }
        }
        // Number the merged regions in reading order and record their bounding boxes.
        int[][] cellOfAtom = new int[rows][cols];
        Map<Integer, Integer> index = new HashMap<>();
        List<double[]> boxes = new ArrayList<>();
        List<Integer> topRows = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                Integer id = index.get(root);
                if (id == null) {
                    id = boxes.size();
                    index.put(root, id);
                    boxes.add(new double[] {xs[c], ys[r], xs[c + 1], ys[r + 1]});
                    topRows.add(r);
                } else {
                    double[] b = boxes.get(id);
                    b[0] = Math.min(b[0], xs[c]);
                    b[2] = Math.max(b[2], xs[c + 1]);
                    b[3] = Math.max(b[3], ys[r + 1]);
                }
                cellOfAtom[r][c] = id;
            }
        }
        List<TableGrid.CellBox> cells = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            double[] b = boxes.get(i);
            cells.add(new TableGrid.CellBox(b[0], b[1], b[2], b[3], topRows.get(i)));
        }
        return new TableGrid(xs, ys, cellOfAtom, cells);
    }

    /** Whether some ruling at {@code position} runs along [from, to]. */
    private static boolean ruled(List<Ruling> rulings, double position, double from, double to) {
        double tolerance = Math.min(TOUCH, (to - from) / 3);
        for (Ruling r : rulings) {
            if (Math.abs(r.position() - position) <= SAME_LINE && r.covers(from, to, tolerance)) {
                return true;
            }
        }
        return false;
    }

    private static double[] distinct(List<Ruling> rulings) {
        double[] positions = rulings.stream().mapToDouble(Ruling::position).sorted().toArray();
        List<Double> out = new ArrayList<>();
        for (double p : positions) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > SAME_LINE) {
                out.add(p);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
