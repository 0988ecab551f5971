package org.fiscalwarehouse.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Third-party PDFs (ONLYOFFICE, WPS 表格) kept outside the repository; skipped when absent. */
class RealPdfTest {

    private static Path realCorpus() {
        Path relative = Path.of("..", "shared", "corpus", "real");
        return Files.isDirectory(relative) ? relative : Path.of("/work/shared/corpus/real");
    }

    @Test
    void realPdfsExtractWithText() throws IOException {
        Path dir = realCorpus();
        Assumptions.assumeTrue(Files.exists(dir), dir + ": ../shared/corpus/real absent");
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(dir)) {
            pdfs = files.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        Assumptions.assumeFalse(pdfs.isEmpty(), "no PDFs in " + dir);
        DocumentExtractor extractor = new DocumentExtractor(List.of(new PdfDocumentReader(), new HtmlDocumentReader()));
        for (Path pdf : pdfs) {
            ExtractedDocument doc = extractor.extract("real", pdf.toUri().toString(), pdf.getFileName().toString(),
                    "", Instant.EPOCH, pdf);
            assertFalse(doc.isRejected(), pdf + ": " + doc.rejectionReason());
            assertTrue(doc.pageCount() > 0);
            long cells = doc.pages().stream().flatMap(p -> p.lines().stream()).mapToLong(l -> l.cells().size()).sum();
            assertTrue(cells > 100, pdf + " has too little text: " + cells + " cells");
            assertTrue(doc.pages().stream().flatMap(p -> p.lines().stream()).anyMatch(l -> l.text().contains("预算")),
                    pdf + " should mention 预算");
        }
    }
}
