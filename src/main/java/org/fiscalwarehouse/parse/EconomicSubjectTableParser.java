package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fiscalwarehouse.extract.Cell;

/**
 * Reads the 一般公共预算财政拨款基本支出决算表 (T06; budget B06): three code/name/amount blocks side by side. The
 * table is read as one stream of cells in reading order, each code taking the name text after it and the first
 * amount after that; a code followed by the next code before any amount printed a blank (0.00). Reading the
 * stream rather than the columns copes with names wrapped onto lines of their own that push codes and amounts
 * onto later lines, and with blocks that do not line up. 人员经费合计 and 公用经费合计 take the next amount after
 * their label, wherever it was printed.
 */
public class EconomicSubjectTableParser implements TableParser {

    private static final String PERSONNEL = "人员经费合计";
    private static final String PUBLIC = "公用经费合计";

    @Override
    public Set<String> tableCodes() {
        return Set.of("T06", "B06");
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
        return facts;
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
                String m = table.tableCode().startsWith("B")
                        ? (metric.endsWith("personnel_total") ? "budget.personnel" : "budget.public") : metric;
                facts.stats().add(new StatFigure(identity.fiscalYear(), m, null, AmountText.parse(t.text()).orElseThrow(),
                        StatFigure.WAN_YUAN, Source.TABLE,
                        new Provenance(t.page(), table.printedTitle(), tokens.get(at).text(), "金额")));
                return;
            }
        }
    }
}
