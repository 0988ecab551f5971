package org.fiscalwarehouse.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fiscalwarehouse.extract.DocumentExtractor;
import org.fiscalwarehouse.extract.DocumentReader;
import org.fiscalwarehouse.extract.Line;
import org.fiscalwarehouse.extract.MarkdownTextReader;
import org.fiscalwarehouse.extract.Page;
import org.fiscalwarehouse.extract.PlainTextReader;
import org.fiscalwarehouse.extract.SourceFormat;
import org.fiscalwarehouse.extract.TabbedTextReader;
import org.fiscalwarehouse.extract.TextFormatSniffer;

/**
 * A table cut from one of the sample text extractions by line numbers (title line to the table's last line), read
 * through the project's readers: stands in for the table locator in parser tests.
 */
final class TableRegionFixture {

    static final Path TEXT = Path.of("src/test/resources/corpus/text");

    static final String FUZHOU = "fuzhou-ybj-2023-final.txt";
    static final String XIAMEN = "xiamen-ybj-2023-final.txt";
    static final String QUANZHOU = "quanzhou-ybj-2024-final.txt";
    static final String FUND_CENTRE = "fujian-fund-centre-2023-final.txt";

    private TableRegionFixture() {
    }

    static TableRegion region(String file, String tableCode, int fromLine, int toLine) {
        try {
            Path path = TEXT.resolve(file);
            List<TableRegion.PageLine> lines = new ArrayList<>();
            for (Page page : DocumentExtractor.withDefaultReaders()
                    .extract(file, null, file, "sha", java.time.Instant.EPOCH, path).pages()) {
                for (Line line : page.lines()) {
                    if (line.y() >= fromLine && line.y() <= toLine) {
                        lines.add(new TableRegion.PageLine(page.number(), line));
                    }
                }
            }
            String title = lines.isEmpty() ? "" : lines.get(0).line().text();
            int firstPage = lines.isEmpty() ? 1 : lines.get(0).page();
            return new TableRegion(tableCode, title, firstPage, lines);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static DocumentIdentity identity(int fiscalYear) {
        return new DocumentIdentity("test unit", "test-unit", false, fiscalYear, DocKind.FINAL, Scope.UNIT, "test");
    }
}
