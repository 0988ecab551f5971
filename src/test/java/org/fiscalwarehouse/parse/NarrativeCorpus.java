package org.fiscalwarehouse.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fiscalwarehouse.extract.DocumentReader;
import org.fiscalwarehouse.extract.DocumentExtractor;
import org.fiscalwarehouse.extract.ExtractedDocument;
import org.fiscalwarehouse.extract.MarkdownTextReader;
import org.fiscalwarehouse.extract.PlainTextReader;
import org.fiscalwarehouse.extract.SourceFormat;
import org.fiscalwarehouse.extract.TabbedTextReader;
import org.fiscalwarehouse.extract.TextFormatSniffer;

/** The five sample text documents with their identities, and the golden rows, for the narrative parser tests. */
final class NarrativeCorpus {

    static final Path TEXT = Path.of("src/test/resources/corpus/text");
    static final Path GOLDEN = Path.of("src/test/resources/golden/golden-facts.csv");

    /** A sample document: its golden doc id prefix, file and identity. */
    record Sample(String goldenPrefix, String file, DocumentIdentity identity) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("000_", "fuzhou-ybj-2023-final.txt", identity("福州市医疗保障局（本级）", "fuzhou-hsa", 2023,
                    DocKind.FINAL, Scope.UNIT)),
            new Sample("001_", "fujian-fund-centre-2023-final.txt", identity("福建省医疗保障基金中心",
                    "fujian-fund-centre", 2023, DocKind.FINAL, Scope.UNIT)),
            new Sample("002_", "xiamen-ybj-2023-final.txt", identity("厦门市医疗保障局（汇总）", "xiamen-hsa", 2023,
                    DocKind.FINAL, Scope.DEPARTMENT)),
            new Sample("003_", "fujian-fund-centre-2025-budget.txt", identity("福建省医疗保障基金中心",
                    "fujian-fund-centre", 2025, DocKind.BUDGET, Scope.UNIT)),
            new Sample("004_", "quanzhou-ybj-2024-final.txt", identity("泉州市医疗保障局", "quanzhou-hsa", 2024,
                    DocKind.FINAL, Scope.DEPARTMENT)));

    private NarrativeCorpus() {
    }

    static Sample sample(String file) {
        return SAMPLES.stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow();
    }

    private static DocumentIdentity identity(String name, String code, int year, DocKind kind, Scope scope) {
        return new DocumentIdentity(name, code, true, year, kind, scope, name + year);
    }

    static ExtractedDocument read(String file) throws Exception {
        Path path = TEXT.resolve(file);
        return DocumentExtractor.withDefaultReaders().extract(file, null, file, "sha", Instant.EPOCH, path);
    }

}
