package org.fiscalwarehouse.parse;

import java.util.List;
import org.fiscalwarehouse.extract.ExtractedDocument;

/**
 * Entry point for the narrative: reads the document's text once and runs every topic parser over it (totals,
 * per-subject spending, 三公, other matters, performance, headcount). All facts carry source NARRATIVE.
 */
public class NarrativeFiguresParser implements NarrativeParser {

    private final List<NarrativeTopicParser> topics;

    public NarrativeFiguresParser() {
        this(List.of(new IncomeExpenseNarrativeParser(), new SubjectSpendingNarrativeParser(),
                new SangongNarrativeParser(), new OtherMattersNarrativeParser(), new PerformanceNarrativeParser(),
                new HeadcountParser()));
    }

    public NarrativeFiguresParser(List<NarrativeTopicParser> topics) {
        this.topics = List.copyOf(topics);
    }

    @Override
    public ParsedFacts parse(ExtractedDocument document, DocumentIdentity identity) {
        NarrativeText text = NarrativeText.of(document);
        ParsedFacts facts = ParsedFacts.empty();
        for (NarrativeTopicParser topic : topics) {
            facts.addAll(topic.parse(text, identity));
        }
        return facts.frozen();
    }
}
