package org.fiscalwarehouse.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscalwarehouse.extract.DocumentExtractor;
import org.fiscalwarehouse.golden.GoldenFacts;
import org.fiscalwarehouse.parse.DocumentParser;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.UnitCatalogue;

/**
 * The five sample documents of the text corpus, read, parsed and reconciled together the way the ingest job does
 * (each with the others at hand), keyed by the golden answer key's document id. Read once per test run.
 */
final class ReconcileCorpus {

    private static final Path TEXT = Path.of("src/test/resources/corpus/text");
    private static final Map<String, String> FILES = Map.of(
            GoldenFacts.FUZHOU, "fuzhou-ybj-2023-final.txt",
            GoldenFacts.FUND_CENTRE, "fujian-fund-centre-2023-final.txt",
            GoldenFacts.XIAMEN, "xiamen-ybj-2023-final.txt",
            GoldenFacts.FUND_CENTRE_BUDGET, "fujian-fund-centre-2025-budget.txt",
            GoldenFacts.QUANZHOU, "quanzhou-ybj-2024-final.txt");
    private static Map<String, ReconciledDocument> reconciled;

    private ReconcileCorpus() {
    }

    static synchronized Map<String, ReconciledDocument> all() {
        if (reconciled == null) {
            reconciled = read();
        }
        return reconciled;
    }

    static ReconciledDocument document(String goldenId) {
        return all().get(goldenId);
    }

    private static Map<String, ReconciledDocument> read() {
        DocumentParser parser;
        try {
            parser = DocumentParser.withDefaultParsers(UnitCatalogue.load(Path.of("jobs/units.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentExtractor extractor = DocumentExtractor.withDefaultReaders();
        Map<String, ParsedDocument> parsed = new LinkedHashMap<>();
        FILES.forEach((id, file) -> parsed.put(id, parser.parse(extractor.extract(id, "file:" + TEXT.resolve(file),
                "document.txt", "sha-" + id, Instant.EPOCH, TEXT.resolve(file)))));
        Reconciler reconciler = Reconciler.withDefaultChecks(Tolerance.DEFAULT);
        List<ParsedDocument> loaded = List.copyOf(parsed.values());
        Map<String, ReconciledDocument> out = new LinkedHashMap<>();
        parsed.forEach((id, doc) -> out.put(id, reconciler.reconcile(doc, loaded)));
        return out;
    }
}
