package org.fiscalwarehouse.extract;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects a page's ruling lines: stroked horizontal/vertical segments and thin filled rectangles (LibreOffice
 * and WPS draw table borders either way). Coordinates are turned into the text stripper's frame (origin at
 * the crop box's top-left, y down) so rulings and glyphs can be compared directly.
 */
final class RulingLineCollector extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this is a border line rather than a shaded area. */
    private static final double MAX_THICKNESS = 3.0;
    /** Segments shorter than this are tick marks or glyph-like decorations, not table borders. */
    private static final double MIN_LENGTH = 2.0;
    private static final double AXIS_TOLERANCE = 0.6;

    private final double left;
    private final double top;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private List<Point2D> current;

    private RulingLineCollector(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.top = crop.getUpperRightY();
    }

    static List<Ruling> collect(PDPage page) throws IOException {
        RulingLineCollector collector = new RulingLineCollector(page);
        collector.processPage(page);
        return collector.rulings;
    }

    // Text is irrelevant here and costly to decode twice; the glyph pass handles it.
    @Override
    public void showTextString(byte[] string) {
    }

    @Override
    public void showTextStrings(COSArray array) {
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D[] {p0, p1, p2, p3});
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(new Point2D.Float(x, y));
        subpaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // A curve ends a straight run: start a new subpath at its end point so no false segment is made.
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null || current.isEmpty() ? new Point2D.Float() : current.get(current.size() - 1);
    }

    @Override
    public void closePath() {
        if (current != null && current.size() > 1) {
            current.add(current.get(0));
        }
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (List<Point2D> path : subpaths) {
            for (int i = 1; i < path.size(); i++) {
                addSegment(path.get(i - 1), path.get(i));
            }
        }
        for (Point2D[] r : rectangles) {
            for (int i = 0; i < 4; i++) {
                addSegment(r[i], r[(i + 1) % 4]);
            }
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (Point2D[] r : rectangles) {
            addThinBox(r);
        }
        for (List<Point2D> path : subpaths) {
            if (path.size() >= 4 && path.size() <= 5) {
                addThinBox(path.subList(0, 4).toArray(new Point2D[0]));
            }
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // The clip path is followed by 'n' which clears it; clips are not rulings.
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void clearPath() {
        subpaths.clear();
        rectangles.clear();
        current = null;
    }

    private void addSegment(Point2D a, Point2D b) {
        double x1 = a.getX() - left, x2 = b.getX() - left;
        double y1 = top - a.getY(), y2 = top - b.getY();
        if (Math.abs(y1 - y2) <= AXIS_TOLERANCE && Math.abs(x1 - x2) >= MIN_LENGTH) {
            rulings.add(new Ruling(true, (y1 + y2) / 2, x1, x2));
        } else if (Math.abs(x1 - x2) <= AXIS_TOLERANCE && Math.abs(y1 - y2) >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (x1 + x2) / 2, y1, y2));
        }
    }

    private void addThinBox(Point2D[] corners) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point2D p : corners) {
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        double w = maxX - minX, h = maxY - minY;
        if (h <= MAX_THICKNESS && w >= MIN_LENGTH && w > h) {
            rulings.add(new Ruling(true, top - (minY + maxY) / 2, minX - left, maxX - left));
        } else if (w <= MAX_THICKNESS && h >= MIN_LENGTH && h > w) {
            rulings.add(new Ruling(false, (minX + maxX) / 2 - left, top - maxY, top - minY));
        }
    }
}
