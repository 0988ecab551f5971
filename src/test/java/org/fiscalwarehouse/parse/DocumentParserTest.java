package org.fiscalwarehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.fiscalwarehouse.extract.ExtractedDocument;
import org.fiscalwarehouse.extract.SourceFormat;
import org.junit.jupiter.api.Test;

class DocumentParserTest {

    private final DocumentParser parser = DocumentParser.withDefaultParsers(CorpusDocuments.catalogue());

    @Test
    void keepsTheReasonOfADocumentRejectedByExtraction() {
        ExtractedDocument rejected = new ExtractedDocument("d1", "https://example.org/a.pdf", "a.pdf", "abc",
                Instant.EPOCH, SourceFormat.PDF, List.of(), "encrypted PDF: a user password is required");
        ParsedDocument parsed = parser.parse(rejected);
        assertThat(parsed.status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(parsed.statusReason()).isEqualTo("encrypted PDF: a user password is required");
        assertThat(parsed.docId()).isEqualTo("d1");
        assertThat(parsed.fileName()).isEqualTo("a.pdf");
        assertThat(parsed.identity()).isNull();
        assertThat(parsed.facts().stats()).isEmpty();
    }

    @Test
    void rejectsADocumentItCannotIdentifyWithTheReason() {
        ParsedDocument parsed = parser.parse(DocumentIdentifierTest.document("会议通知", "请各单位准时参加。"));
        assertThat(parsed.status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(parsed.statusReason()).contains("not recognised").contains("unit name");
    }

    @Test
    void parsesEveryTableOfXiamen() {
        ParsedDocument parsed = parser.parse(CorpusDocuments.load(CorpusDocuments.XIAMEN));
        assertThat(parsed.identity().unitCode()).isEqualTo("xiamen-hsa");
        assertThat(parsed.facts().stats()).extracting(StatFigure::metric).contains("t01.income_total", "t01.grand_total");
        assertThat(parsed.facts().sangong()).filteredOn(s -> s.source() == Source.TABLE).hasSize(12);
        assertThat(parsed.status()).isEqualTo(DocumentStatus.LOADED);
        assertThat(parsed.facts().issues()).isEmpty();
        assertThat(parsed.facts().issues()).noneMatch(i -> i.title().contains("三公") || i.title().contains("公开 01 表"));
    }

    @Test
    void loadsADocumentWhoseEveryTableHasAParser() {
        TableParser anyOther = new TableParser() {
            @Override
            public Set<String> tableCodes() {
                return Set.of("T02", "T03", "T04", "T05", "T06", "T08", "T09", "PERF");
            }

            @Override
            public ParsedFacts parse(TableRegion table, DocumentIdentity identity) {
                return ParsedFacts.empty();
            }
        };
        DocumentParser complete = new DocumentParser(CorpusDocuments.catalogue(),
                List.of(new IncomeExpenseSummaryParser(), new SangongTableParser(), anyOther), List.of());
        ParsedDocument parsed = complete.parse(CorpusDocuments.load(CorpusDocuments.QUANZHOU));
        assertThat(parsed.status()).isEqualTo(DocumentStatus.LOADED);
        assertThat(parsed.statusReason()).isNull();
    }

    @Test
    void turnsAFailingParserIntoAnIssueAndRunsTheNarrativeParsers() {
        TableParser failing = new TableParser() {
            @Override
            public Set<String> tableCodes() {
                return Set.of("T07");
            }

            @Override
            public ParsedFacts parse(TableRegion table, DocumentIdentity identity) {
                throw new IllegalStateException("boom");
            }
        };
        NarrativeParser narrative = (document, identity) -> {
            ParsedFacts f = ParsedFacts.empty();
            f.stats().add(new StatFigure(identity.fiscalYear(), "headcount", null, java.math.BigDecimal.valueOf(45),
                    "persons", Source.NARRATIVE, new Provenance(1, "一、单位基本情况", "在职人数", null)));
            return f;
        };
        DocumentParser withFailure = new DocumentParser(CorpusDocuments.catalogue(),
                List.of(new IncomeExpenseSummaryParser(), failing), List.of(narrative));
        ParsedDocument parsed = withFailure.parse(CorpusDocuments.load(CorpusDocuments.FUND_CENTRE_2023));
        assertThat(parsed.status()).isEqualTo(DocumentStatus.PARTIAL);
        assertThat(parsed.facts().issues()).anyMatch(i -> i.title().contains("三公") && i.message().contains("boom"));
        assertThat(parsed.facts().stats()).extracting(StatFigure::metric).contains("headcount", "t01.income_total");
    }
}
