package org.fiscalwarehouse.extract;

/**
 * One positioned character of a PDF page, in points with y growing downwards (baseline). Lives only while a
 * page is being assembled; pages keep cells, not glyphs.
 */
record Glyph(String text, double x, double width, double baseline, double height, double fontSize) {

    double right() {
        return x + width;
    }

    double centreX() {
        return x + width / 2;
    }

    /** Vertical middle of the glyph box; used to decide which table cell a glyph belongs to. */
    double centreY() {
        return baseline - height / 2;
    }

    boolean isSpace() {
        return text.isBlank();
    }

    char first() {
        return text.charAt(0);
    }

    char last() {
        return text.charAt(text.length() - 1);
    }
}
