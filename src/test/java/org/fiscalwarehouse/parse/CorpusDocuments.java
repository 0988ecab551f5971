package org.fiscalwarehouse.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.fiscalwarehouse.extract.DocumentReader;
import org.fiscalwarehouse.extract.DocumentExtractor;
import org.fiscalwarehouse.extract.ExtractedDocument;
import org.fiscalwarehouse.extract.ExtractionException;
import org.fiscalwarehouse.extract.MarkdownTextReader;
import org.fiscalwarehouse.extract.PlainTextReader;
import org.fiscalwarehouse.extract.SourceFormat;
import org.fiscalwarehouse.extract.TabbedTextReader;
import org.fiscalwarehouse.extract.TextFormatSniffer;

/** The five sample documents of the text corpus, read through the project's own readers. */
final class CorpusDocuments {

    static final Path TEXT = Path.of("src/test/resources/corpus/text");
    static final Path UNITS = Path.of("jobs/units.yml");

    static final String FUZHOU = "fuzhou-ybj-2023-final";
    static final String FUND_CENTRE_2023 = "fujian-fund-centre-2023-final";
    static final String XIAMEN = "xiamen-ybj-2023-final";
    static final String FUND_CENTRE_BUDGET = "fujian-fund-centre-2025-budget";
    static final String QUANZHOU = "quanzhou-ybj-2024-final";

    private CorpusDocuments() {
    }

    /** The golden answer key's document id for a corpus file. */
    static String goldenId(String name) {
        return switch (name) {
            case FUZHOU -> "000_5c244b8d47ac6d51";
            case FUND_CENTRE_2023 -> "001_d178e83414a3c697";
            case XIAMEN -> "002_4a9f472ff9ad2f92";
            case FUND_CENTRE_BUDGET -> "003_0455909f24bddecc";
            case QUANZHOU -> "004_7262ee99b7c1de62";
            default -> throw new IllegalArgumentException(name);
        };
    }

    static ExtractedDocument load(String name) {
        Path file = TEXT.resolve(name + ".txt");
        // a neutral file name: identification must come from the content
        return DocumentExtractor.withDefaultReaders().extract(goldenId(name), "file:" + file, "document.txt", "sha",
                Instant.EPOCH, file);
    }

    static UnitCatalogue catalogue() {
        try {
            return UnitCatalogue.load(UNITS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
