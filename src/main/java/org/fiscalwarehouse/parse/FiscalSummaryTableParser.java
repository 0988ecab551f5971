package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;

/**
 * Reads the 财政拨款收入支出决算总表 (T04) and the budget's 财政拨款收支预算总表 (B04): income rows on the left (label,
 * amount), expense rows on the right (label, 合计 and the three kinds of appropriation). T04's figures become
 * {@code t04.*} metrics, B04's the budget's own ({@code budget.fiscal_total}, {@code budget.gpb_appropriation} …). Each line is read as labelled groups: a label and the figures up to
 * the next label, 行次 numbers skipped, blank cells kept as placeholders where the form keeps them. Labels say
 * which side a group is on, so rows with only one side, a label wrapped onto the next line, a page number inside
 * the table, or stray cells after a left-hand label do not matter.
 */
public class FiscalSummaryTableParser implements TableParser {

    private static final String[] EXPENSE_MEASURES = {"total", "gpb", "gov_fund", "state_capital"};
    private static final String[] EXPENSE_HEADERS = {"合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
        "国有资本经营预算财政拨款"};

    /** An income row naming one kind of appropriation: "一般公共预算财政拨款收入", "一般公共预算资金", "政府性基金" … */
    private static final Pattern APPROPRIATION = Pattern.compile(
            "^(一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:财政)?(?:拨款)?(?:资金)?(?:收入)?$");
    /** The budget's names for the T04 metrics; the others stay as they are. */
    private static final Map<String, String> BUDGET_METRIC = Map.of(
            "fiscal_total", "budget.fiscal_total",
            "income_total", "budget.fiscal_income_total",
            "expense_total", "budget.fiscal_expense_total",
            "carryover_begin", "budget.fiscal_carryover",
            "carryover_end", "budget.fiscal_carryover_end",
            "gpb_income", "budget.gpb_appropriation",
            "gov_fund_income", "budget.gov_fund_appropriation",
            "state_capital_income", "budget.state_capital_appropriation");

    @Override
    public Set<String> tableCodes() {
        return Set.of("T04", "B04");
    }

    /** A label and the cells after it: figures, or null where a blank cell stands. */
    private static final class Group {
        final int page;
        final StringBuilder label = new StringBuilder();
        final List<BigDecimal> cells = new ArrayList<>();

        Group(int page, String label) {
            this.page = page;
            this.label.append(label);
        }

        boolean hasFigures() {
            return cells.stream().anyMatch(c -> c != null);
        }

        BigDecimal cellOrZero(int i) {
            return i < cells.size() && cells.get(i) != null ? cells.get(i) : BigDecimal.ZERO.setScale(2);
        }

        String text() {
            return SubjectColumnVocabulary.squash(label.toString());
        }
    }

    @Override
    public ParsedFacts parse(TableRegion table, DocumentIdentity identity) {
        List<Group> groups = groups(table);
        boolean budget = table.tableCode().startsWith("B");
        ParsedFacts facts = ParsedFacts.empty();
        boolean carryoverBreakdown = false;
        boolean totalSeen = false;
        for (Group g : groups) {
            if (!g.hasFigures()) {
                continue;
            }
            String s = g.text();
            String plain = FunctionClassNames.withoutOrdinal(s);
            var classCode = FunctionClassNames.codeOf(s);
            if (classCode.isPresent()) {
                for (int i = 0; i < EXPENSE_MEASURES.length; i++) {
                    facts.funcAmounts().add(new FuncAmount(table.tableCode(), classCode.get(), plain,
                            EXPENSE_MEASURES[i], g.cellOrZero(i), Source.TABLE,
                            new Provenance(g.page, table.printedTitle(), g.label.toString(), EXPENSE_HEADERS[i])));
                }
            } else if (s.contains("总计")) {
                if (!totalSeen) {
                    stat(facts, identity, table, g, metric(budget, "fiscal_total"));
                }
                totalSeen = true;
            } else if (s.contains("本年收入合计")) {
                stat(facts, identity, table, g, metric(budget, "income_total"));
            } else if (s.contains("本年支出合计")) {
                stat(facts, identity, table, g, metric(budget, "expense_total"));
            } else if ((s.contains("年初") || s.contains("上年")) && s.contains("结转")) {
                stat(facts, identity, table, g, metric(budget, "carryover_begin"));
                carryoverBreakdown = true; // the three appropriation rows below break the carry-over down
            } else if ((s.contains("年末") && s.contains("结转")) || s.contains("结转下年")) {
                stat(facts, identity, table, g, metric(budget, "carryover_end"));
            } else if (!carryoverBreakdown) {
                Matcher m = APPROPRIATION.matcher(plain);
                if (m.matches()) {
                    String kind = switch (m.group(1)) {
                        case "一般公共预算" -> "gpb_income";
                        case "政府性基金" -> "gov_fund_income";
                        default -> "state_capital_income";
                    };
                    stat(facts, identity, table, g, metric(budget, kind));
                }
            }
        }
        return facts;
    }

    private static String metric(boolean budget, String name) {
        return budget ? BUDGET_METRIC.get(name) : "t04." + name;
    }

    private static void stat(ParsedFacts facts, DocumentIdentity identity, TableRegion table, Group g, String metric) {
        BigDecimal v = g.cells.stream().filter(c -> c != null).findFirst().orElse(null);
        if (v == null || g.cells.get(0) == null) {
            return; // the row's own amount cell is blank; a later figure belongs to another column
        }
        facts.stats().add(new StatFigure(identity.fiscalYear(), metric, null, v, StatFigure.WAN_YUAN, Source.TABLE,
                new Provenance(g.page, table.printedTitle(), g.label.toString(), "金额")));
    }

    private static List<Group> groups(TableRegion table) {
        List<Group> groups = new ArrayList<>();
        Group last = null;
        for (TableRegion.PageLine pl : table.lines()) {
            List<Cell> cells = pl.line().cells();
            if (pl.line().isBlank()) {
                continue;
            }
            boolean onlyText = cells.stream().filter(c -> !c.isBlank())
                    .allMatch(c -> TableToken.of(c.text()) == TableToken.TEXT);
            boolean onlyFigures = cells.stream().filter(c -> !c.isBlank())
                    .allMatch(c -> TableToken.of(c.text()).isFigure());
            if (last != null && !last.hasFigures() && onlyText && cells.size() == 1) {
                last.label.append(cells.get(0).text().strip()); // a label wrapped onto a line of its own
                continue;
            }
            if (last != null && !last.hasFigures() && onlyFigures) {
                for (Cell c : cells) {
                    last.cells.add(TableToken.figure(c.text())); // its figures on the next line
                }
                continue;
            }
            Group current = null;
            for (Cell c : cells) {
                TableToken kind = TableToken.of(c.text());
                if (kind == TableToken.TEXT) {
                    current = new Group(pl.page(), c.text().strip());
                    groups.add(current);
                } else if (current != null && kind.isFigure()) {
                    current.cells.add(TableToken.figure(c.text()));
                } else if (current != null && kind == TableToken.BLANK) {
                    current.cells.add(null);
                }
            }
            if (current != null) {
                last = current;
            }
        }
        return groups;
    }
}
