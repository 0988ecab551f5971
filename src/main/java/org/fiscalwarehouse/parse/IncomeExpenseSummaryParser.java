package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;

/**
 * Reads the 收入支出决算总表 (T01) and the budget's 收支预算总表 (B01): the totals as {@code t01.*} /
 * {@code budget.*} StatFigures and the expense side's functional classes as FuncAmounts (measure total).
 * <p>
 * Labels whose text was lost in extraction are recovered from the national form's fixed row pairing: each
 * left-hand total row stands on the same row as its right-hand partner (本年收入合计 with 本年支出合计,
 * 使用非财政拨款结余 with 结余分配, 年初结转和结余 with 年末结转和结余, 总计 with 总计).
 */
public class IncomeExpenseSummaryParser implements TableParser {

    private static final Pattern ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]+|\\d+)[、.．]");
    private static final Pattern LABEL_START = Pattern.compile("^(?:(?:[一二三四五六七八九十]+|\\d+)[、.．]"
            + "|本年收入|本年支出|使用非财政拨款结余|使用事业基金|结余分配|年初结转|年末结转|上年结转|结转下年"
            + "|收入总计|支出总计|总计|基本支出|项目支出)");
    private static final Pattern PARENTHETICAL = Pattern.compile("[（(][^)）]*[)）]");
    /** Left-hand row name → right-hand row name on the same printed row, and back. */
    private static final Map<String, String> ROW_PARTNER = Map.of(
            "本年收入合计", "本年支出合计", "本年支出合计", "本年收入合计",
            "使用非财政拨款结余", "结余分配", "结余分配", "使用非财政拨款结余",
            "年初结转和结余", "年末结转和结余", "年末结转和结余", "年初结转和结余",
            "总计", "总计");
    private static final Set<String> LEFT_SIDE = Set.of("本年收入合计", "使用非财政拨款结余", "年初结转和结余");

    private final LabelledAmountReader reader = new LabelledAmountReader(LABEL_START);

    @Override
    public Set<String> tableCodes() {
        return Set.of("T01", "B01");
    }

    @Override
    public ParsedFacts parse(TableRegion table, DocumentIdentity identity) {
        boolean budget = table.tableCode().startsWith("B");
        ParsedFacts facts = ParsedFacts.empty();
        String amountHeader = amountHeader(table, budget);
        Set<String> seenMetrics = new HashSet<>();
        boolean seenGrandTotal = false;
        for (LabelledAmountReader.Entry e : reader.read(table.lines())) {
            String printedLabel = e.label();
            String name;
            if (printedLabel == null) {
                Optional<String> recovered = recoverLostLabel(e);
                if (recovered.isEmpty()) {
                    facts.issues().add(new ParseIssue(e.line().page(), table.printedTitle(),
                            "amount " + e.amount().toPlainString() + " on line " + (long) e.line().line().y()
                                    + " has no label and no partner row to recover it from"));
                    continue;
                }
                name = recovered.get();
                printedLabel = (e.rowNumber() == null ? "" : e.rowNumber() + " ")
                        + "(label lost; paired with " + ROW_PARTNER.get(name) + ")";
            } else {
                name = rowName(printedLabel);
            }
            // the form prints 总计 on both sides; the first one read is the income side's
            String side = name.equals("总计") ? (seenGrandTotal ? "支出" : "收入") : side(name);
            Provenance where = new Provenance(e.line().page(), table.printedTitle(), printedLabel,
                    side + " " + amountHeader);
            Optional<String> metric = budget ? budgetMetric(name, seenGrandTotal) : finalMetric(name);
            if (name.contains("总计") && !name.startsWith("支出")) {
                seenGrandTotal = true;
            }
            if (metric.isPresent()) {
                if (seenMetrics.add(metric.get())) {
                    facts.stats().add(new StatFigure(identity.fiscalYear(), metric.get(), null, e.amount(),
                            StatFigure.WAN_YUAN, Source.TABLE, where));
                }
                continue;
            }
            Optional<String> classCode = FunctionClassNames.codeOf(name);
            // blank and 0.00 mean the same on this form; keeping only stated spending makes the forms agree
            if (classCode.isPresent() && e.amount().signum() != 0) {
                facts.funcAmounts().add(new FuncAmount(table.tableCode(), classCode.get(), name, "total",
                        e.amount(), Source.TABLE, where));
            }
        }
        return facts;
    }

    /** The row's name without ordinal, parenthetical notes ((含专用结余)) and spaces. */
    static String rowName(String printed) {
        String s = printed.replaceAll("[\\s\u3000]", "");
        s = ORDINAL.matcher(s).replaceFirst("");
        return PARENTHETICAL.matcher(s).replaceAll("");
    }

    private static Optional<String> finalMetric(String name) {
        String metric = switch (name) {
            case "一般公共预算财政拨款收入", "一般公共预算财政拨款" -> "t01.gpb_appropriation";
            case "其他收入" -> "t01.other_income";
            case "本年收入合计" -> "t01.income_total";
            case "本年支出合计" -> "t01.expense_total";
            case "年初结转和结余" -> "t01.carryover_begin";
            case "年末结转和结余" -> "t01.carryover_end";
            case "总计" -> "t01.grand_total";
            default -> null;
        };
        return Optional.ofNullable(metric);
    }

    /** Budget 收支总表 rows; a bare 总计 is the income side's the first time and the expense side's the second. */
    private static Optional<String> budgetMetric(String name, boolean seenGrandTotal) {
        String metric;
        if (name.startsWith("一般公共预算") && (name.endsWith("收入") || name.endsWith("资金"))) {
            metric = "budget.gpb_appropriation";
        } else if (name.startsWith("上年结转") || name.startsWith("年初结转")) {
            metric = "budget.carryover";
        } else if (name.equals("收入总计")) {
            metric = "budget.income_total";
        } else if (name.equals("支出总计")) {
            metric = "budget.expense_total";
        } else if (name.equals("总计")) {
            metric = seenGrandTotal ? "budget.expense_total" : "budget.income_total";
        } else if (name.equals("基本支出")) {
            metric = "budget.basic_total";
        } else if (name.equals("项目支出")) {
            metric = "budget.project_total";
        } else {
            metric = null;
        }
        return Optional.ofNullable(metric);
    }

    /**
     * A lost label's row name, from the partner row printed on the same line: the lost amount stands left of
     * 本年支出合计 → 本年收入合计, and so on.
     */
    private static Optional<String> recoverLostLabel(LabelledAmountReader.Entry e) {
        for (Cell c : e.line().line().cells()) {
            if (c.isBlank()) {
                continue;
            }
            String partner = rowName(c.text());
            if (!ROW_PARTNER.containsKey(partner)) {
                continue;
            }
            String lost = ROW_PARTNER.get(partner);
            boolean lostIsLeft = c.x() > e.cell().x();
            if (lost.equals("总计") || LEFT_SIDE.contains(lost) == lostIsLeft) {
                return Optional.of(lost);
            }
        }
        return Optional.empty();
    }

    private static String side(String name) {
        if (name.endsWith("收入") || name.endsWith("资金") || name.contains("收入合计") || name.startsWith("使用")
                || name.startsWith("年初")
                || name.startsWith("上年") || name.startsWith("收入")) {
            return "收入";
        }
        return "支出";
    }

    /** The amount column's header as printed (决算数, 金额, 预算数 …). */
    private static String amountHeader(TableRegion table, boolean budget) {
        for (TableRegion.PageLine pl : table.lines()) {
            for (Cell c : pl.line().cells()) {
                String t = c.text().replaceAll("\\s", "");
                if (t.equals("决算数") || t.equals("金额") || t.equals("预算数") || t.equals("本年预算")) {
                    return t;
                }
            }
        }
        return budget ? "预算数" : "决算数";
    }
}
