package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.ExtractedDocument;

/**
 * Base of the parsers that each read one topic of the narrative. They share one {@link NarrativeText} when run
 * together ({@link NarrativeFiguresParser}); run alone, each reads the document's text itself.
 */
public abstract class NarrativeTopicParser implements NarrativeParser {

    @Override
    public final ParsedFacts parse(ExtractedDocument document, DocumentIdentity identity) {
        return parse(NarrativeText.of(document), identity).frozen();
    }

    /** The topic's figures; the returned facts are mutable until frozen by the caller. */
    public abstract ParsedFacts parse(NarrativeText text, DocumentIdentity identity);

    /**
     * Reads "label … X万元" at the first place the pattern matches: its group 1 must be the amount, the match must
     * end right after it (before 万元). Adds the figure and, when {@code changeMetric} is given, its stated change.
     */
    static Optional<BigDecimal> statedAmount(NarrativeSection section, Pattern pattern, String metric,
                                             String changeMetric, DocumentIdentity identity, ParsedFacts facts) {
        return statedAmount(section, 0, section.body().length(), pattern, metric, changeMetric, identity, facts);
    }

    /** As {@link #statedAmount(NarrativeSection, Pattern, String, String, DocumentIdentity, ParsedFacts)}, in [from, to). */
    static Optional<BigDecimal> statedAmount(NarrativeSection section, int from, int to, Pattern pattern,
                                             String metric, String changeMetric, DocumentIdentity identity,
                                             ParsedFacts facts) {
        Matcher m = section.matcher(pattern).region(from, to);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal value = AmountText.parse(m.group(1)).orElseThrow();
        Provenance where = section.provenance(m.start());
        facts.stats().add(new StatFigure(identity.fiscalYear(), metric, null, value, StatFigure.WAN_YUAN,
                Source.NARRATIVE, where));
        if (changeMetric != null) {
            addChange(section.restOfSentence(m.end()), value, changeMetric, identity, where, facts);
        }
        return Optional.of(value);
    }

    /**
     * Adds {@code change.<what>} and {@code change_pct.<what>} for the change stated in the text after a figure; a
     * rate stated on a zero base goes to {@code change_pct_zero_base.<what>} instead.
     */
    static void addChange(String after, BigDecimal current, String what, DocumentIdentity identity,
                          Provenance where, ParsedFacts facts) {
        YearOnYearChange.read(after, current).ifPresent(c -> {
            if (c.amountWan() != null) {
                facts.stats().add(new StatFigure(identity.fiscalYear(), "change." + what, null, c.amountWan(),
                        StatFigure.WAN_YUAN, Source.NARRATIVE, where));
            }
            if (c.pct() != null) {
                facts.stats().add(new StatFigure(identity.fiscalYear(), "change_pct." + what, null, c.pct(), "pct",
                        Source.NARRATIVE, where));
            }
            if (c.zeroBasePct() != null) {
                facts.stats().add(new StatFigure(identity.fiscalYear(), "change_pct_zero_base." + what, null,
                        c.zeroBasePct(), "pct", Source.NARRATIVE, where));
            }
        });
    }

    /** A pattern "label(optional filler)X万元" with the amount in group 1 and the match ending at the amount. */
    static Pattern amountAfter(String label) {
        return Pattern.compile(label + NarrativeSection.AMOUNT + "(?=万元)");
    }
}
