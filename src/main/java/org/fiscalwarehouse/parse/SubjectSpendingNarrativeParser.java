package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-subject general-budget spending itemised "按项级科目分类" in the final account's 三 (budget: 二), in the
 * forms the documents print: "(一)2080501|行政单位离退休本年支出60.67万元，较上年决算数增加17.91万元，增长41.88%",
 * "（一) 2080501-行政单位离退休 15.05 万元", "（三）2080505-…缴费支出\n92.09 万元". Each becomes a T05 (budget: B05)
 * {@code total} amount with source NARRATIVE, plus {@code change.t05.<code>} / {@code change_pct.t05.<code>}.
 */
public class SubjectSpendingNarrativeParser extends NarrativeTopicParser {

    private static final Pattern ITEM = Pattern.compile(
            "([（(][一二三四五六七八九十]{1,3}[)）]|(?<![\\d.])\\d{1,2}[.、．])?"
                    + "(?<!\\d)(\\d{7}|\\d{5}|\\d{3})([|｜\\-—－―_:：]?)"
                    + "([^\\d。；\\n|，,]+?)(?:（项）|\\(项\\))?"
                    + "(?:本年支出(?:决算数?)?|支出决算数?为|决算数?为|为|：|:)?"
                    + NarrativeSection.AMOUNT + "(?=万元)");

    @Override
    public ParsedFacts parse(NarrativeText text, DocumentIdentity identity) {
        ParsedFacts facts = ParsedFacts.empty();
        boolean budget = identity.kind() == DocKind.BUDGET;
        String table = budget ? "B05" : "T05";
        String prefix = budget ? "b05." : "t05.";
        text.section(NarrativeTopic.GPB_SPENDING).ifPresent(section -> {
            Set<String> seen = new HashSet<>();
            Matcher m = section.matcher(ITEM);
            while (m.find()) {
                boolean listed = m.group(1) != null || !m.group(3).isEmpty();
                String code = m.group(2);
                if (!listed || !seen.add(code)) {
                    continue;
                }
                String name = m.group(4).strip();
                BigDecimal amount = AmountText.parse(m.group(5)).orElseThrow();
                Provenance where = section.provenance(m.start());
                facts.funcAmounts().add(new FuncAmount(table, code, name, "total", amount, Source.NARRATIVE, where));
                addChange(section.restOfSentence(m.end()), amount, prefix + code, identity, where, facts);
            }
        });
        return facts;
    }
}
