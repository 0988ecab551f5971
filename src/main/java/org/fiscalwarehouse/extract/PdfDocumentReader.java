package org.fiscalwarehouse.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF's text layer into positioned lines (see {@link PdfPageAssembler}). Rejects files that cannot
 * yield text: damaged, password-protected, or image-only (scanned) PDFs.
 */
public class PdfDocumentReader implements DocumentReader {

    /** Fewer printable glyphs per page than this, on average, means the PDF is a scan. */
    private static final double MIN_GLYPHS_PER_PAGE = 5;

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return ContentSniffer.sniff(head) == ContentSniffer.Kind.PDF;
    }

    @Override
    public SourceFormat format(byte[] head) {
        return SourceFormat.PDF;
    }

    @Override
    public List<Page> read(Path file) throws ExtractionException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.isEncrypted()) {
                // Opened with the empty user password: only permissions are set, which do not bind a reader.
                document.setAllSecurityToBeRemoved(true);
            }
            return readPages(document);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("encrypted PDF: a user password is required", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("damaged PDF: truncated or corrupt (" + e.getMessage() + ")", e);
        }
    }

    private List<Page> readPages(PDDocument document) throws IOException, ExtractionException {
        List<Page> pages = new ArrayList<>();
        int[] glyphCount = {0};
        int[] unmappedCount = {0};
        GlyphCollector collector = new GlyphCollector((number, page, glyphs, unmapped) -> {
            glyphCount[0] += (int) glyphs.stream().filter(g -> !g.isSpace()).count();
            unmappedCount[0] += unmapped;
            pages.add(PdfPageAssembler.assemble(number, glyphs, rulingsOf(page)));
        });
        collector.run(document);
        int pageCount = Math.max(1, document.getNumberOfPages());
        if (glyphCount[0] < MIN_GLYPHS_PER_PAGE * pageCount) {
            if (unmappedCount[0] > glyphCount[0] * 4 && unmappedCount[0] >= MIN_GLYPHS_PER_PAGE * pageCount) {
                throw new ExtractionException(
                        "no usable text layer: the PDF's fonts have no Unicode mapping; OCR is not supported");
            }
            throw new ExtractionException(
                    "no text layer: the PDF holds only images (scanned); OCR is not supported");
        }
        return pages;
    }

    private static List<Ruling> rulingsOf(PDPage page) {
        if (page.getRotation() % 360 != 0) {
            // Glyphs come in the rotated reading frame, rulings in user space; without a grid the page
            // still reads through gap-based lines.
            return List.of();
        }
        try {
            return RulingLineCollector.collect(page);
        } catch (IOException | RuntimeException e) {
            return List.of(); // a broken drawing stream should not cost us the page's text
        }
    }
}
