package org.fiscalwarehouse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReadersTest {

    static final Path TEXT = Path.of("src/test/resources/corpus/text");

    static byte[] head(Path p) throws Exception {
        byte[] all = Files.readAllBytes(p);
        return java.util.Arrays.copyOf(all, Math.min(all.length, 8192));
    }

    @Test
    void sniffsTheFormOfEachTextExtraction() throws Exception {
        assertThat(TextFormatSniffer.sniff(head(TEXT.resolve("fujian-fund-centre-2023-final.txt"))))
                .isEqualTo(SourceFormat.TEXT_TABBED);
        assertThat(TextFormatSniffer.sniff(head(TEXT.resolve("quanzhou-ybj-2024-final.txt"))))
                .isEqualTo(SourceFormat.TEXT_MARKDOWN);
        assertThat(TextFormatSniffer.sniff(head(TEXT.resolve("fuzhou-ybj-2023-final.txt"))))
                .isEqualTo(SourceFormat.TEXT_PLAIN);
    }

    @Test
    void keepsEmptyTabbedCellsSoXiamenSangongColumnsStayAligned() throws Exception {
        List<Page> pages = new TabbedTextReader().read(TEXT.resolve("xiamen-ybj-2023-final.txt"));
        Line data = pages.get(0).lines().stream()
                .filter(l -> l.text().equals("15.46 6.46 9.00 10.43 6.46 3.98")).findFirst().orElseThrow();
        assertThat(data.cells()).hasSize(12);
        assertThat(data.cells().get(5).text()).isEqualTo("9.00");
        assertThat(data.cells().get(11).text()).isEqualTo("3.98");
        assertThat(data.y()).isEqualTo(378);
    }

    @Test
    void splitsMarkdownRowsAndDropsRuleRows() throws Exception {
        List<Page> pages = new MarkdownTextReader().read(TEXT.resolve("quanzhou-ybj-2024-final.txt"));
        Line total = pages.get(0).lines().stream()
                .filter(l -> l.cells().size() == 4 && l.cells().get(0).text().equals("本年收入合计"))
                .findFirst().orElseThrow();
        assertThat(total.cells()).extracting(Cell::text).containsExactly("本年收入合计", "9989.84", "本年支出合计", "10420.92");
        assertThat(pages.get(0).lines()).noneMatch(l -> l.text().startsWith("---"));
    }

    @Test
    void splitsPlainLinesIntoTokens() throws Exception {
        List<Page> pages = new PlainTextReader().read(TEXT.resolve("fuzhou-ybj-2023-final.txt"));
        Line total = pages.get(0).lines().stream().filter(l -> l.text().startsWith("本年收入合计")).findFirst().orElseThrow();
        assertThat(total.cells()).extracting(Cell::text).containsExactly("本年收入合计", "3139.49", "本年支出合计", "3151.11");
    }
}
