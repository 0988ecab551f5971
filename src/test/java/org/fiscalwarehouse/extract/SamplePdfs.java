package org.fiscalwarehouse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Finds the bundled sample PDFs and reads each once per test run (reading is the slow part). */
final class SamplePdfs {

    private static final Map<String, List<Page>> CACHE = new ConcurrentHashMap<>();

    private SamplePdfs() {
    }

    static Path pdf(String folder) {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/sample", folder))) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            assertEquals(false, pdfs.isEmpty(), "no PDF in sample/" + folder);
            return pdfs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Page> pages(String folder) {
        return CACHE.computeIfAbsent(folder, f -> {
            try {
                return new PdfDocumentReader().read(pdf(f));
            } catch (ExtractionException e) {
                throw new AssertionError("sample " + f + " rejected: " + e.getMessage(), e);
            }
        });
    }

    static Page pageContaining(List<Page> pages, String text) {
        Optional<Page> page = pages.stream()
                .filter(p -> p.lines().stream().anyMatch(l -> l.text().contains(text)))
                .findFirst();
        if (page.isEmpty()) {
            fail("no page contains \"" + text + "\"");
        }
        return page.get();
    }

    static Line lineWithCells(Page page, String... cellTexts) {
        return page.lines().stream()
                .filter(l -> Stream.of(cellTexts).allMatch(t -> l.cells().stream().anyMatch(c -> c.text().equals(t))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("page " + page.number() + " has no line with cells "
                        + List.of(cellTexts) + ":\n" + PageDump.format(page)));
    }

    static Cell cell(Line line, String text) {
        return line.cells().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell \"" + text + "\" in " + line));
    }

    static boolean overlaps(Cell a, Cell b) {
        return a.x() < b.right() && b.x() < a.right();
    }
}
