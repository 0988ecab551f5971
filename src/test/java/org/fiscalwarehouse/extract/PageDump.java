package org.fiscalwarehouse.extract;

import java.nio.file.Path;
import java.util.stream.Collectors;

/** Prints pages as "y: text@x | text@x" so reviewers can see the shape of the reader's output. */
final class PageDump {

    private PageDump() {
    }

    static String format(Page page) {
        StringBuilder sb = new StringBuilder("--- page " + page.number() + "\n");
        for (Line line : page.lines()) {
            sb.append(String.format("%4.0f: ", line.y()))
                    .append(line.cells().stream()
                            .map(c -> c.text() + " @" + Math.round(c.x()) + "+" + Math.round(c.width()))
                            .collect(Collectors.joining(" | ")))
                    .append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        for (String f : args) {
            long t = System.nanoTime();
            var pages = new PdfDocumentReader().read(Path.of(f));
            System.err.printf("%s: %d pages in %d ms%n", f, pages.size(), (System.nanoTime() - t) / 1_000_000);
            for (Page p : pages) {
                System.out.print(format(p));
            }
        }
    }
}
