package org.fiscalwarehouse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentExtractorTest {

    private static final Path BAD = Path.of("src/test/resources/corpus/bad");

    private final DocumentExtractor extractor =
            new DocumentExtractor(List.of(new PdfDocumentReader(), new HtmlDocumentReader()));

    private ExtractedDocument extract(Path file) {
        return extractor.extract("doc-1", "https://example.gov.cn/" + file.getFileName(), file.getFileName().toString(),
                "0".repeat(64), Instant.parse("2024-06-01T00:00:00Z"), file);
    }

    private ExtractedDocument rejected(String badFile, String reasonStart) {
        ExtractedDocument doc = extract(BAD.resolve(badFile));
        assertTrue(doc.isRejected(), badFile + " should be rejected");
        assertTrue(doc.pages().isEmpty());
        assertTrue(doc.rejectionReason().startsWith(reasonStart), doc.rejectionReason());
        assertEquals("doc-1", doc.docId());
        return doc;
    }

    @Test
    void rejectsEmptyFile() {
        assertEquals("empty file (0 bytes)", rejected("empty.pdf", "empty file").rejectionReason());
    }

    @Test
    void rejectsHtmlErrorPageServedAsPdf() {
        ExtractedDocument doc = rejected("html-error-page.pdf", "not a PDF: the file is an HTML page");
        assertEquals(SourceFormat.HTML, doc.format());
    }

    @Test
    void rejectsTruncatedPdfAsDamaged() {
        ExtractedDocument doc = rejected("truncated.pdf", "damaged PDF: truncated or corrupt (");
        assertEquals(SourceFormat.PDF, doc.format());
    }

    @Test
    void rejectsPdfNeedingUserPassword() {
        assertEquals("encrypted PDF: a user password is required",
                rejected("encrypted-user-password.pdf", "encrypted PDF").rejectionReason());
    }

    @Test
    void rejectsScannedPdfWithoutTextLayer() {
        rejected("scanned-no-text-layer.pdf", "no text layer: the PDF holds only images (scanned)");
    }

    @Test
    void readsPdfProtectedOnlyByOwnerPassword() {
        ExtractedDocument doc = extract(BAD.resolve("encrypted-owner-password.pdf"));
        assertFalse(doc.isRejected(), doc.rejectionReason());
        assertEquals(SourceFormat.PDF, doc.format());
        assertEquals(25, doc.pageCount());
        assertTrue(doc.pages().stream().flatMap(p -> p.lines().stream()).anyMatch(l -> l.text().contains("公开")));
    }

    @Test
    void readsSamplePdfRegardlessOfFileName(@TempDir Path dir) throws IOException {
        Path renamed = Files.copy(SamplePdfs.pdf("fuzhou-hsa"), dir.resolve("download.bin"));
        ExtractedDocument doc = extract(renamed);
        assertNull(doc.rejectionReason());
        assertEquals(SourceFormat.PDF, doc.format());
        assertEquals(37, doc.pageCount());
        assertEquals("doc-1", doc.docId());
        assertEquals("download.bin", doc.fileName());
    }

    @Test
    void readsHtmlDisclosureNamedHtml(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("disclosure.html");
        Files.writeString(html, "\uFEFF  <!doctype HTML><html><body><p>公开 01 表</p>"
                + "<table><tr><td>本年收入合计</td><td>3139.49</td></tr></table></body></html>", StandardCharsets.UTF_8);
        ExtractedDocument doc = extract(html);
        assertNull(doc.rejectionReason());
        assertEquals(SourceFormat.HTML, doc.format());
        assertEquals("本年收入合计 3139.49", doc.pages().get(0).lines().get(1).text());
    }

    @Test
    void rejectsOfficeZipAndBinaryAsUnsupported(@TempDir Path dir) throws IOException {
        Path xlsx = Files.write(dir.resolve("table.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        assertEquals("unsupported file type: ZIP container (docx/xlsx/ofd?)", extract(xlsx).rejectionReason());
        Path blob = Files.write(dir.resolve("x.dat"), new byte[] {0, (byte) 0xFF, (byte) 0xFE, 0x00, 0x01});
        assertTrue(extract(blob).rejectionReason().startsWith("unsupported file type"));
        Path zipAsPdf = Files.write(dir.resolve("x.pdf"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        assertTrue(extract(zipAsPdf).rejectionReason().startsWith("not a PDF"));
    }

    @Test
    void textWithoutPluggedTextReaderIsRejectedNamingTheFormat(@TempDir Path dir) throws IOException {
        Path tsv = Files.writeString(dir.resolve("t.txt"), "项目\t金额\n合计\t1.00\n收入\t1.00\n支出\t2.00\n");
        ExtractedDocument doc = extract(tsv);
        assertEquals(SourceFormat.TEXT_TABBED, doc.format());
        assertEquals("unsupported file type: TEXT_TABBED (no reader configured)", doc.rejectionReason());
    }

    @Test
    void textIsHandedToThePluggedReaderForItsFormat(@TempDir Path dir) throws IOException {
        Path md = Files.writeString(dir.resolve("t.md"), "# 表\n\n| 项目 | 金额 |\n|---|---|\n| 合计 | 1.00 |\n");
        DocumentReader markdown = new DocumentReader() {
            @Override
            public boolean accepts(String fileName, byte[] head) {
                return TextFormatSniffer.sniff(head) == SourceFormat.TEXT_MARKDOWN;
            }

            @Override
            public List<Page> read(Path file) {
                return List.of(new Page(1, List.of(new Line(0, List.of(new Cell("stub", 0, 1))))));
            }

            @Override
            public SourceFormat format(byte[] head) {
                return SourceFormat.TEXT_MARKDOWN;
            }
        };
        ExtractedDocument doc = new DocumentExtractor(List.of(new PdfDocumentReader(), markdown))
                .extract("d", "u", "t.md", "s", Instant.EPOCH, md);
        assertNull(doc.rejectionReason());
        assertEquals(SourceFormat.TEXT_MARKDOWN, doc.format());
        assertEquals("stub", doc.pages().get(0).lines().get(0).text());
    }

    @Test
    void missingFileIsRejectedNotThrown(@TempDir Path dir) {
        assertTrue(extract(dir.resolve("gone.pdf")).rejectionReason().startsWith("unreadable file"));
    }
}
