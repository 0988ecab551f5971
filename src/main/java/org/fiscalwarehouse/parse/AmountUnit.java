package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;

/**
 * The money unit a table states ("单位：万元", "金额单位：元", "单位:元", a header "金额（元）"). The national forms print
 * 万元; some units export their tables in 元 (Shanghai's WPS budgets), so every amount is brought to 万元.
 */
public enum AmountUnit {
    WAN_YUAN("万元", 0),
    YUAN("元", 4);

    /** "单位：元", "金额单位:万元": the word after the colon decides; "单位：福州市医疗保障局" names the unit, not money. */
    private static final Pattern STATEMENT = Pattern.compile("单位\\s*[:：]\\s*(万元|元)(?![\\p{IsHan}])");
    /** A header cell's unit in brackets: "金额（元）", "预算数(万元)". */
    private static final Pattern BRACKETED = Pattern.compile("[（(]\\s*(万元|元)\\s*[)）]");

    private final String zh;
    private final int digitsPerWan;

    AmountUnit(String zh, int digitsPerWan) {
        this.zh = zh;
        this.digitsPerWan = digitsPerWan;
    }

    public String zh() {
        return zh;
    }

    /**
     * The amount in 万元, exactly: 元 ÷ 10000 keeps every printed digit (91,016,775.35 元 → 9101.677535 万元). Rounding
     * to the warehouse's 0.01 万元 happens once, when the warehouse writes DECIMAL(18,2), so that sums checked in
     * between are exact.
     */
    public BigDecimal toWan(BigDecimal amount) {
        if (amount == null || digitsPerWan == 0) {
            return amount;
        }
        BigDecimal wan = amount.movePointLeft(digitsPerWan).stripTrailingZeros();
        return wan.scale() < 2 ? wan.setScale(2) : wan;
    }

    /** What a converted figure's provenance column says about it, e.g. "预算数 (元→万元)". */
    public String annotate(String column) {
        if (this == WAN_YUAN) {
            return column;
        }
        String note = "(" + zh + "→万元)";
        return column == null || column.isBlank() ? note : column + " " + note;
    }

    /**
     * The unit a table's lines state before its first amount, 万元 when they state none (the national forms'
     * unit). A statement of the unit wins over a bracketed header unit.
     */
    public static AmountUnit statedIn(List<TableRegion.PageLine> lines) {
        AmountUnit bracketed = null;
        for (TableRegion.PageLine pl : lines) {
            List<Cell> cells = pl.line().cells();
            if (cells.stream().anyMatch(c -> AmountText.isMoney(c.text()))) {
                break;
            }
            String text = pl.line().text().replaceAll("[\\s\u3000]", "");
            Matcher statement = STATEMENT.matcher(text);
            if (statement.find()) {
                return of(statement.group(1));
            }
            Matcher header = BRACKETED.matcher(text);
            if (bracketed == null && header.find()) {
                bracketed = of(header.group(1));
            }
        }
        return bracketed == null ? WAN_YUAN : bracketed;
    }

    private static AmountUnit of(String zh) {
        return zh.equals("元") ? YUAN : WAN_YUAN;
    }
}
