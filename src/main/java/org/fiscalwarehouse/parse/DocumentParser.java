package org.fiscalwarehouse.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fiscalwarehouse.extract.ExtractedDocument;

/**
 * The parse stage: recognises the document, finds its tables, hands each table to the parser registered for its
 * code (its figures brought to 万元 from the unit the table states, see {@link TableParser#parseInWan}) and the
 * whole document to every narrative parser, and merges what they read. A table nobody reads, or whose
 * parser fails, becomes a {@link ParseIssue} and leaves the document PARTIAL; a document that cannot be
 * recognised is REJECTED with the reason. Plain Java, so the batch job and tests call it alike.
 */
public class DocumentParser {

    private final DocumentIdentifier identifier;
    private final TableLocator locator;
    private final Map<String, TableParser> tableParsers = new HashMap<>();
    private final List<NarrativeParser> narrativeParsers;

    public DocumentParser(DocumentIdentifier identifier, List<TableParser> tableParsers,
                          List<NarrativeParser> narrativeParsers) {
        this.identifier = identifier;
        this.locator = new TableLocator();
        for (TableParser parser : tableParsers) {
            for (String code : parser.tableCodes()) {
                TableParser previous = this.tableParsers.putIfAbsent(code, parser);
                if (previous != null) {
                    throw new IllegalArgumentException("two parsers for " + code + ": "
                            + previous.getClass().getSimpleName() + " and " + parser.getClass().getSimpleName());
                }
            }
        }
        this.narrativeParsers = List.copyOf(narrativeParsers);
    }

    public DocumentParser(UnitCatalogue catalogue, List<TableParser> tableParsers,
                          List<NarrativeParser> narrativeParsers) {
        this(new DocumentIdentifier(catalogue), tableParsers, narrativeParsers);
    }

    /** The parsers that exist so far; each engineer adds theirs here. */
    public static DocumentParser withDefaultParsers(UnitCatalogue catalogue) {
        return new DocumentParser(catalogue,
                List.of(new IncomeExpenseSummaryParser(), new SangongTableParser(), new FunctionSubjectTableParser(),
                        new FiscalSummaryTableParser(), new EconomicSubjectTableParser(),
                        new PerformanceTableParser()),
                List.of(new NarrativeFiguresParser()));
    }

    public ParsedDocument parse(ExtractedDocument doc) {
        if (doc.isRejected()) {
            return rejected(doc, null, doc.rejectionReason());
        }
        DocumentIdentity identity;
        try {
            identity = identifier.identify(doc);
        } catch (UnrecognisedDocumentException e) {
            return rejected(doc, null, "not recognised as a budget or final account: " + e.getMessage());
        }
        ParsedFacts facts = ParsedFacts.empty();
        List<ParseIssue> tableIssues = new ArrayList<>();
        for (TableRegion region : locator.locate(doc)) {
            TableParser parser = tableParsers.get(region.tableCode());
            if (parser == null) {
                tableIssues.add(new ParseIssue(region.firstPage(), region.printedTitle(),
                        "no parser for " + region.tableCode()));
                continue;
            }
            try {
                facts.addAll(parser.parseInWan(region, identity));
            } catch (RuntimeException e) {
                tableIssues.add(new ParseIssue(region.firstPage(), region.printedTitle(),
                        parser.getClass().getSimpleName() + " failed: " + e));
            }
        }
        facts.issues().addAll(tableIssues);
        for (NarrativeParser parser : narrativeParsers) {
            try {
                facts.addAll(parser.parse(doc, identity));
            } catch (RuntimeException e) {
                facts.issues().add(new ParseIssue(0, "narrative",
                        parser.getClass().getSimpleName() + " failed: " + e));
            }
        }
        List<ParseIssue> issues = facts.issues();
        DocumentStatus status = issues.isEmpty() ? DocumentStatus.LOADED : DocumentStatus.PARTIAL;
        return new ParsedDocument(doc.docId(), doc.sourceUrl(), doc.fileName(), doc.sha256(), doc.fetchedAt(),
                doc.pageCount(), identity, facts.frozen(), status, issues.isEmpty() ? null : summary(tableIssues, issues));
    }

    private static ParsedDocument rejected(ExtractedDocument doc, DocumentIdentity identity, String reason) {
        return new ParsedDocument(doc.docId(), doc.sourceUrl(), doc.fileName(), doc.sha256(), doc.fetchedAt(),
                doc.pageCount(), identity, ParsedFacts.empty().frozen(), DocumentStatus.REJECTED, reason);
    }

    /** E.g. "2 tables not parsed: 公开02表 收入决算表 (page 9: no parser for T02), …; 1 other issue: …". */
    private static String summary(List<ParseIssue> tableIssues, List<ParseIssue> all) {
        List<String> parts = new ArrayList<>();
        if (!tableIssues.isEmpty()) {
            parts.add(tableIssues.size() + (tableIssues.size() == 1 ? " table" : " tables") + " not parsed: "
                    + tableIssues.stream().map(i -> i.title() + " (page " + i.page() + ": " + i.message() + ")")
                    .collect(Collectors.joining(", ")));
        }
        int others = all.size() - tableIssues.size();
        if (others > 0) {
            parts.add(others + (others == 1 ? " other issue: " : " other issues: ")
                    + all.stream().filter(i -> !tableIssues.contains(i))
                    .map(i -> i.title() + " (page " + i.page() + "): " + i.message()).collect(Collectors.joining("; ")));
        }
        return String.join("; ", parts);
    }
}
