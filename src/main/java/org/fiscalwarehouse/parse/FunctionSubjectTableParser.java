package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.extract.Line;

/**
 * Reads the 功能分类 subject tables: 收入决算表 (T02), 支出决算表 (T03), 一般公共预算财政拨款支出决算表 (T05),
 * 政府性基金 (T08) and 国有资本经营 (T09) tables, and their budget counterparts. One {@link FuncAmount} per subject
 * row and figure column; the 合计 row becomes {@link StatFigure}s (t03.basic_total, t05.gpb_total, t02.total …).
 */
public class FunctionSubjectTableParser implements TableParser {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Override
    public Set<String> tableCodes() {
        return Set.of("T02", "T03", "T05", "T08", "T09", "B02", "B03", "B05", "B06", "B07");
    }

    @Override
    public ParsedFacts parse(TableRegion table, DocumentIdentity identity) {
        ParsedFacts facts = ParsedFacts.empty();
        List<TableRegion.PageLine> lines = table.lines().stream().filter(l -> !l.line().isBlank()).toList();
        int first = firstRow(lines);
        if (first < 0) {
            // an unused fund table prints an empty 合计 row: nothing to read, nothing wrong
            if (lines.stream().noneMatch(l -> SubjectColumnVocabulary.squash(l.line().text()).contains("合计"))) {
                facts.issues().add(new ParseIssue(table.firstPage(), table.printedTitle(), "no subject rows found"));
            }
            return facts;
        }
        // the title ("…财政拨款收入支出决算表") and the 公开NN表 line are not column headers
        List<Line> header = lines.subList(0, first).stream().map(TableRegion.PageLine::line)
                .filter(l -> !SubjectColumnVocabulary.squash(l.text()).endsWith("表")).toList();
        List<Line> rowStarts = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            if (startsRow(lines, i)) {
                rowStarts.add(lines.get(i).line());
            }
        }
        SubjectColumnLayout layout = SubjectColumnLayout.read(header, rowStarts);
        if (layout.size() == 0) {
            facts.issues().add(new ParseIssue(table.firstPage(), table.printedTitle(), "no figure columns recognised"));
            return facts;
        }
        List<SubjectRow> rows = layout.positional() ? positionalRows(lines, first, layout)
                : sequentialRows(lines, first, layout);
        SubjectRow total = rows.stream().filter(SubjectRow::isTotalRow).findFirst()
                .orElseGet(() -> totalPrintedOnClassRow(rows, layout));
        for (SubjectRow row : rows) {
            if (!row.hasFigures()) {
                continue;
            }
            if (row == total) {
                emitTotal(row, layout, table, identity, facts);
            } else if (!row.isTotalRow()) {
                emitSubject(row, layout, table, facts);
            }
        }
        return facts;
    }

    private static int firstRow(List<TableRegion.PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (startsRow(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    /** A subject row starts with its code (then its name), or is the 合计 row: a 合计 label with amounts. */
    private static boolean startsRow(List<TableRegion.PageLine> lines, int i) {
        Line line = lines.get(i).line();
        List<Cell> cells = line.cells().stream().filter(c -> !c.isBlank()).toList();
        if (cells.isEmpty()) {
            return false;
        }
        if (isTotalLabelRow(cells)) {
            return true;
        }
        String firstText = cells.get(0).text().strip();
        String[] split = firstText.split("[\\s\u3000]+", 2);
        if (!TableToken.isFunctionCode(split[0])) {
            return false;
        }
        if (split.length > 1 || (cells.size() > 1 && TableToken.of(cells.get(1).text()) == TableToken.TEXT)) {
            return true;
        }
        int named = afterSplitCode(cells);
        if (named > 0 && named < cells.size() && TableToken.of(cells.get(named).text()) == TableToken.TEXT) {
            return true;
        }
        // a code on a line of its own (its name wrapped below): the next line must be name text, not a page number
        if (cells.size() == 1 && i + 1 < lines.size()) {
            List<Cell> next = lines.get(i + 1).line().cells().stream().filter(c -> !c.isBlank()).toList();
            return !next.isEmpty() && TableToken.of(next.get(0).text()) == TableToken.TEXT
                    && !isTotalLabelRow(next);
        }
        return false;
    }

    /**
     * Where the name starts when the code is printed over the form's 类 | 款 | 项 columns ("201 | 03 | 01 | 行政运行"):
     * after a 3-digit class and one or two 2-digit parts; 0 when the row does not print its code that way.
     */
    private static int afterSplitCode(List<Cell> cells) {
        if (!cells.get(0).text().strip().matches("\\d{3}")) {
            return 0;
        }
        int i = 1;
        while (i < cells.size() && i <= 2 && cells.get(i).text().strip().matches("\\d{2}")) {
            i++;
        }
        return i > 1 ? i : 0;
    }

    private static boolean isTotalLabelRow(List<Cell> cells) {
        boolean label = cells.stream().anyMatch(c -> TableToken.of(c.text()) == TableToken.TEXT
                && SubjectColumnVocabulary.squash(c.text()).matches(".*(合计|总计)"));
        boolean amounts = cells.stream().anyMatch(c -> TableToken.of(c.text()).isFigure());
        boolean codes = cells.stream().anyMatch(c -> TableToken.isFunctionCode(c.text()));
        return label && amounts && !codes;
    }

    private List<SubjectRow> positionalRows(List<TableRegion.PageLine> lines, int first, SubjectColumnLayout layout) {
        List<SubjectRow> rows = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            if (!startsRow(lines, i)) {
                continue;
            }
            TableRegion.PageLine pl = lines.get(i);
            SubjectRow row = newRow(pl, layout);
            SubjectRowAlignment.place(pl.line(), layout, row);
            rows.add(row);
        }
        return rows;
    }

    /** Rows from text without cell boundaries: label tokens, then figures in column order, wrapping over lines. */
    private List<SubjectRow> sequentialRows(List<TableRegion.PageLine> lines, int first, SubjectColumnLayout layout) {
        List<SubjectRow> rows = new ArrayList<>();
        SubjectRow row = null;
        for (int i = first; i < lines.size(); i++) {
            TableRegion.PageLine pl = lines.get(i);
            boolean start = startsRow(lines, i);
            if (start) {
                row = newRow(pl, layout);
                rows.add(row);
            }
            if (row == null) {
                continue;
            }
            for (Cell cell : pl.line().cells()) {
                TableToken kind = TableToken.of(cell.text());
                if (kind.isFigure()) {
                    row.append(TableToken.figure(cell.text()));
                } else if (kind == TableToken.TEXT && !start && row.appended() == 0) {
                    row.appendName(cell.text().strip()); // the name wrapped onto this line
                }
            }
        }
        return rows;
    }

    private static SubjectRow newRow(TableRegion.PageLine pl, SubjectColumnLayout layout) {
        List<Cell> cells = pl.line().cells().stream().filter(c -> !c.isBlank()).toList();
        String code = null;
        StringBuilder name = new StringBuilder();
        boolean total = isTotalLabelRow(cells);
        for (Cell c : cells) {
            String t = c.text().strip();
            TableToken kind = TableToken.of(t);
            if (kind.isFigure() || kind == TableToken.INTEGER) {
                break;
            }
            String[] split = t.split("[\\s\u3000]+", 2);
            if (code == null && !total && name.isEmpty() && TableToken.isFunctionCode(split[0])) {
                code = split[0];
                if (split.length > 1) {
                    name.append(split[1]);
                }
            } else if (kind == TableToken.TEXT) {
                if (total) {
                    if (SubjectColumnVocabulary.squash(t).matches(".*(合计|总计)")) {
                        name.setLength(0);
                        name.append(SubjectColumnVocabulary.squash(t).replaceAll(".*(合计|总计)$", "$1"));
                    }
                } else {
                    name.append(t);
                }
            } else if (kind == TableToken.CODE && code != null && name.isEmpty() && code.length() < 7
                    && t.matches("\\d{2}") && code.length() % 2 == 1) {
                code = code + t; // the 款 or 项 part of a code printed over 类 | 款 | 项 columns
            } else if (kind == TableToken.CODE && code != null) {
                break;
            }
        }
        return new SubjectRow(pl.page(), pl.line().y(), code, name.toString(), total, layout.size());
    }

    /**
     * When no row is labelled 合计, a class row whose figures are the column totals is the 合计 row with its label
     * lost: it is at least every other class row and equals, within 0.01 a term, the other class rows plus its own
     * 款 rows, while not being the sum of its own 款 rows (so its own figures are not printed).
     */
    private static SubjectRow totalPrintedOnClassRow(List<SubjectRow> rows, SubjectColumnLayout layout) {
        int totalCol = layout.indexOf("total");
        if (totalCol < 0) {
            return null;
        }
        List<SubjectRow> classes = rows.stream()
                .filter(r -> r.code() != null && r.code().length() <= 3 && r.hasFigures()).toList();
        for (SubjectRow candidate : classes) {
            List<SubjectRow> others = classes.stream().filter(r -> r != candidate).toList();
            List<SubjectRow> own = rows.stream().filter(r -> r.code() != null && r.code().length() == 5
                    && r.code().startsWith(candidate.code())).toList();
            if (others.isEmpty() || own.isEmpty()) {
                continue;
            }
            BigDecimal mine = candidate.valueOrZero(totalCol);
            if (mine == null || others.stream().anyMatch(o -> value(o, totalCol).compareTo(mine) > 0)) {
                continue;
            }
            BigDecimal ownTol = CENT.multiply(BigDecimal.valueOf(own.size()));
            if (mine.subtract(sum(own, totalCol)).abs().compareTo(ownTol) <= 0) {
                continue;
            }
            boolean allColumns = true;
            BigDecimal tol = CENT.multiply(BigDecimal.valueOf(others.size() + own.size()));
            for (int c = 0; c < layout.size() && allColumns; c++) {
                BigDecimal v = candidate.valueOrZero(c);
                if (v != null) {
                    allColumns = v.subtract(sum(others, c).add(sum(own, c))).abs().compareTo(tol) <= 0;
                }
            }
            if (allColumns) {
                return candidate;
            }
        }
        return null;
    }

    private static BigDecimal value(SubjectRow r, int c) {
        BigDecimal v = r.valueOrZero(c);
        return v == null ? BigDecimal.ZERO : v;
    }

    private static BigDecimal sum(List<SubjectRow> rows, int c) {
        return rows.stream().map(r -> value(r, c)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void emitSubject(SubjectRow row, SubjectColumnLayout layout, TableRegion table, ParsedFacts facts) {
        if (row.code() == null) {
            return;
        }
        for (int c = 0; c < layout.size(); c++) {
            BigDecimal v = row.valueOrZero(c);
            if (v == null) {
                continue;
            }
            SubjectColumn col = layout.columns().get(c);
            facts.funcAmounts().add(new FuncAmount(table.tableCode(),
                    row.code(), row.name(), col.measure(), v,
                    Source.TABLE, new Provenance(row.page(), table.printedTitle(), row.label(), col.header())));
        }
    }

    private static void emitTotal(SubjectRow row, SubjectColumnLayout layout, TableRegion table,
                                  DocumentIdentity identity, ParsedFacts facts) {
        for (int c = 0; c < layout.size(); c++) {
            BigDecimal v = row.valueOrZero(c);
            SubjectColumn col = layout.columns().get(c);
            String metric = totalMetric(table.tableCode(), col.measure());
            if (v == null || metric == null) {
                continue;
            }
            String label = row.isTotalRow() ? row.label() : row.label() + " (合计)";
            facts.stats().add(new StatFigure(identity.fiscalYear(), metric, null, v, StatFigure.WAN_YUAN,
                    Source.TABLE, new Provenance(row.page(), table.printedTitle(), label, col.header())));
        }
    }

    /**
     * The metric of a subject table's 合计 figure in a column: the names the warehouse views and the reconcile
     * stage rely on (see the conventions); null for a column whose 合计 is not kept.
     */
    public static String totalMetric(String tableCode, String measure) {
        return switch (tableCode) {
            case "T03" -> switch (measure) {
                case "total" -> "t03.expense_total";
                case "basic" -> "t03.basic_total";
                case "project" -> "t03.project_total";
                default -> null;
            };
            case "T05" -> gpb("t05", measure);
            case "B05" -> gpb("budget", measure);
            case "B03" -> switch (measure) {
                case "total" -> "budget.expense_total";
                case "basic" -> "budget.basic_total";
                case "project" -> "budget.project_total";
                default -> null;
            };
            default -> tableCode.toLowerCase(Locale.ROOT) + "." + measure;
        };
    }

    private static String gpb(String prefix, String measure) {
        return switch (measure) {
            case "total" -> prefix + ".gpb_total";
            case "basic" -> prefix + ".gpb_basic";
            case "project" -> prefix + ".gpb_project";
            default -> null;
        };
    }
}
