package org.fiscalwarehouse.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyph positions of each page through PDFBox's text stripper and hands them, one page at a
 * time, to a sink; the stripper's own text output is discarded because we assemble lines ourselves.
 */
final class GlyphCollector extends PDFTextStripper {

    /** Receives one page's glyphs as soon as the page is done, so that glyphs never pile up across pages. */
    interface PageSink {
        void accept(int pageNumber, PDPage page, List<Glyph> glyphs, int unmappedGlyphs) throws IOException;
    }

    private final PageSink sink;
    private final List<Glyph> glyphs = new ArrayList<>();
    private int unmapped;

    GlyphCollector(PageSink sink) {
        this.sink = sink;
        setSortByPosition(false);
    }

    void run(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        glyphs.clear();
        unmapped = 0;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String unicode = t.getUnicode();
        if (unicode == null || unicode.isEmpty() || unicode.indexOf('\uFFFD') >= 0) {
            unmapped++;
            return;
        }
        // Rotated or vertical text (watermarks, stamps) would scramble horizontal lines; tables are upright.
        if (t.getDir() != 0f) {
            return;
        }
        double size = t.getFontSizeInPt();
        double height = t.getHeightDir();
        if (size < 1) {
            size = Math.max(height * 1.4, 1);
        }
        if (height <= 0) {
            height = size * 0.7;
        }
        glyphs.add(new Glyph(unicode.replace('\u00A0', ' '), t.getXDirAdj(), t.getWidthDirAdj(), t.getYDirAdj(),
                height, size));
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        sink.accept(getCurrentPageNo(), page, List.copyOf(glyphs), unmapped);
        glyphs.clear();
    }
}
