package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;

/**
 * Reads a two-column-per-side table (label, optional 行次, amount — T01, B01) as a stream of cells in reading
 * order, pairing every printed amount with the label before it. This works whatever the form: a PDF row with its
 * empty cells omitted, tab or markdown cells with blanks kept, or plain lines where a wrapped label ("十四、资源
 * 勘探工业信息等支" / "出") puts the amount on a line of its own. A label is looked for backwards from the amount,
 * over at most one row number, and across lines only while no other row intervenes; when none is found the label
 * was lost and the entry keeps only its row number.
 */
final class LabelledAmountReader {

    /** One amount and the label it belongs to; {@code label} is null when the document lost it. */
    record Entry(String label, BigDecimal amount, String rowNumber, TableRegion.PageLine line, Cell cell) {
    }

    /** A cell in reading order with the index of its line in the region. */
    record FlatCell(Cell cell, int lineIndex) {
        String text() {
            return cell.text().strip();
        }
    }

    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern RULE = Pattern.compile("[-:|\\s]{3,}");

    private final Pattern labelStart;

    /** @param labelStart how a row label begins (an ordinal "十四、" or a known row name such as 本年收入合计) */
    LabelledAmountReader(Pattern labelStart) {
        this.labelStart = labelStart;
    }

    List<FlatCell> flatten(List<TableRegion.PageLine> lines) {
        List<FlatCell> cells = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            for (Cell c : lines.get(li).line().cells()) {
                if (!c.isBlank() && !RULE.matcher(c.text()).matches()) {
                    cells.add(new FlatCell(c, li));
                }
            }
        }
        return cells;
    }

    List<Entry> read(List<TableRegion.PageLine> lines) {
        List<FlatCell> cells = flatten(lines);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            FlatCell c = cells.get(i);
            if (!AmountText.isMoney(c.text())) {
                continue;
            }
            BigDecimal amount = AmountText.parse(c.text()).orElseThrow();
            String rowNumber = null;
            List<String> parts = new ArrayList<>();
            boolean found = false;
            for (int j = i - 1; j >= 0; j--) {
                FlatCell back = cells.get(j);
                String t = back.text();
                if (AmountText.isMoney(t)) {
                    break;
                }
                if (ROW_NUMBER.matcher(t).matches()) {
                    // the 行次 between a label and its amount; a second one belongs to another row
                    if (rowNumber != null || !parts.isEmpty()) {
                        break;
                    }
                    rowNumber = t;
                    continue;
                }
                if (back.lineIndex() != c.lineIndex() && rowNumber != null && parts.isEmpty()) {
                    // the amount's own line has a row number but no label: the label is lost, not on an earlier row
                    break;
                }
                parts.add(0, t);
                if (labelStart.matcher(t.replaceAll("\\s", "")).find()) {
                    found = true;
                    break;
                }
            }
            String label = found ? String.join("", parts).replaceAll("\\s", "") : null;
            entries.add(new Entry(label, amount, rowNumber, lines.get(c.lineIndex()), c.cell()));
        }
        return entries;
    }
}
