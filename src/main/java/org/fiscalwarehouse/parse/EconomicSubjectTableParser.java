package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fiscalwarehouse.extract.Cell;

/**
 * Reads the 一般公共预算财政拨款基本支出决算表 (T06) and the budget's 经济分类 tables (B08, B09 一般公共预算基本支出
 * 经济分类预算表): code/name/amount blocks, three side by side in T06. The
 * table is read as one stream of cells in reading order, each code taking the name text after it and the first
 * amount after that; a code followed by the next code before any amount printed a blank (0.00). Reading the
 * stream rather than the columns copes with names wrapped onto lines of their own that push codes and amounts
 * onto later lines, and with blocks that do not line up. 人员经费合计 and 公用经费合计 take the next amount after
 * their label, wherever it was printed; a table that instead has 人员经费 and 公用经费 columns gives them from its
 * 合计 row. A code printed over the form's 类 | 款 columns ("301 | 01 | 基本工资") is read as one (30101).
 */
public class EconomicSubjectTableParser implements TableParser {

    private static final String PERSONNEL = "人员经费合计";
    private static final String PUBLIC = "公用经费合计";

    @Override
    public Set<String> tableCodes() {
        return Set.of("T06", "B08", "B09");
    }

    /** One cell of the stream with where it stands. */
    private record Token(String text, TableToken kind, int page) {
    }

    @Override
    public ParsedFacts parse(TableRegion table, DocumentIdentity identity) {
        ParsedFacts facts = ParsedFacts.empty();
        List<Token> tokens = new ArrayList<>();
        for (TableRegion.PageLine pl : table.lines()) {
            for (Cell cell : pl.line().cells()) {
                if (!cell.isBlank()) {
                    tokens.add(new Token(cell.text().strip(), TableToken.of(cell.text()), pl.page()));
                }
            }
        }
        joinSplitCodes(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String squashed = SubjectColumnVocabulary.squash(t.text());
            if (squashed.equals(PERSONNEL) || squashed.equals(PUBLIC)) {
                total(tokens, i, squashed.equals(PERSONNEL) ? "t06.personnel_total" : "t06.public_total",
                        table, identity, facts);
            } else if (isCode(tokens, i)) {
                subject(tokens, i, table, facts);
            }
        }
        if (facts.stats().isEmpty()) {
            columnTotals(table, identity, facts);
        }
        return facts;
    }

    /** "301", "01", "基本工资" → "30101", "基本工资": a 类 code, its 款 part in the next column, then the name. */
    private static void joinSplitCodes(List<Token> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token klass = tokens.get(i);
            Token part = tokens.get(i + 1);
            if (klass.text().matches("[3-5]\\d{2}") && part.text().matches("\\d{2}")
                    && tokens.get(i + 2).kind() == TableToken.TEXT) {
                String code = klass.text() + part.text();
                tokens.set(i, new Token(code, TableToken.of(code), klass.page()));
                tokens.remove(i + 1);
            }
        }
    }

    /**
     * 人员经费 and 公用经费 from the 合计 row of a table with those columns (合计 | 人员经费 | 公用经费): its amounts in the
     * header's order when it prints one per column.
     */
    private static void columnTotals(TableRegion table, DocumentIdentity identity, ParsedFacts facts) {
        List<String> header = null;
        for (TableRegion.PageLine pl : table.lines()) {
            List<String> texts = pl.line().cells().stream().map(c -> SubjectColumnVocabulary.squash(c.text()))
                    .filter(t -> !t.isEmpty()).toList();
            if (header == null && texts.contains("人员经费") && texts.contains("公用经费")) {
                header = texts.stream().filter(t -> t.equals("合计") || t.equals("人员经费") || t.equals("公用经费"))
                        .toList();
                continue;
            }
            if (header == null || texts.isEmpty() || !texts.get(0).equals("合计")) {
                continue;
            }
            List<String> amounts = texts.stream().filter(AmountText::isMoney).toList();
            if (amounts.size() != header.size()) {
                return; // blank cells make the order ambiguous
            }
            for (int k = 0; k < header.size(); k++) {
                String metric = switch (header.get(k)) {
                    case "人员经费" -> "t06.personnel_total";
                    case "公用经费" -> "t06.public_total";
                    default -> null;
                };
                if (metric != null) {
                    addTotal(facts, table, identity, metric, amounts.get(k), pl.page(), "合计", header.get(k));
                }
            }
            return;
        }
    }

    /** A code is followed by its name (not by a figure: a lone number before an amount is a page number). */
    private static boolean isCode(List<Token> tokens, int i) {
        return TableToken.isEconomicCode(tokens.get(i).text()) && i + 1 < tokens.size()
                && tokens.get(i + 1).kind() == TableToken.TEXT;
    }

    private static void subject(List<Token> tokens, int at, TableRegion table, ParsedFacts facts) {
        String code = tokens.get(at).text();
        StringBuilder name = new StringBuilder();
        BigDecimal amount = null;
        for (int j = at + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (isCode(tokens, j) || isTotalLabel(t)) {
                break;
            }
            if (t.kind().isFigure()) {
                amount = TableToken.figure(t.text());
                break;
            }
            if (t.kind() == TableToken.TEXT && amount == null) {
                name.append(t.text());
            }
        }
        if (amount == null) {
            amount = BigDecimal.ZERO.setScale(2); // blank amount cell
        }
        String nameZh = SubjectColumnVocabulary.squash(name.toString());
        facts.econAmounts().add(new EconAmount(table.tableCode(), code, nameZh, amount, Source.TABLE,
                new Provenance(tokens.get(at).page(), table.printedTitle(), code + " " + nameZh, "金额")));
    }

    private static boolean isTotalLabel(Token t) {
        String s = SubjectColumnVocabulary.squash(t.text());
        return s.equals(PERSONNEL) || s.equals(PUBLIC);
    }

    private static void total(List<Token> tokens, int at, String metric, TableRegion table, DocumentIdentity identity,
                              ParsedFacts facts) {
        for (int j = at + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (isTotalLabel(t) || isCode(tokens, j)) {
                return; // the total's cell is blank
            }
            if (t.kind() == TableToken.AMOUNT) {
                addTotal(facts, table, identity, metric, t.text(), t.page(), tokens.get(at).text(), "金额");
                return;
            }
        }
    }

    /** A 人员经费/公用经费 total; the budget's tables name it budget.personnel / budget.public. */
    private static void addTotal(ParsedFacts facts, TableRegion table, DocumentIdentity identity, String metric,
                                 String amount, int page, String rowLabel, String column) {
        String m = table.tableCode().startsWith("B")
                ? (metric.endsWith("personnel_total") ? "budget.personnel" : "budget.public") : metric;
        facts.stats().add(new StatFigure(identity.fiscalYear(), m, null, AmountText.parse(amount).orElseThrow(),
                StatFigure.WAN_YUAN, Source.TABLE, new Provenance(page, table.printedTitle(), rowLabel, column)));
    }
}
