package org.fiscalwarehouse.query;

import java.text.BreakIterator;

/**
 * How many terminal columns a text takes: a CJK character or a full-width form takes two, a combining mark none,
 * anything else one. Counted per user-perceived character (grapheme cluster, via {@link BreakIterator}), so an
 * accent or a joined emoji sequence counts once. Wide means East Asian Width W or F (Unicode UAX #11); ambiguous
 * characters such as “ ” count as narrow, as terminals outside CJK locales show them.
 */
public final class DisplayWidth {

    /** Start and end (inclusive) of the wide and full-width ranges, ascending. */
    private static final int[][] WIDE = {
            {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
            {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
            {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
            {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
            {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
            {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
            {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
            {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
            {0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},
            {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x17000, 0x18AFF}, {0x1B000, 0x1B2FF},
            {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251},
            {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD},
            {0x30000, 0x3FFFD}};

    private static final String ZERO_WIDTH_JOINER = "\u200D";

    private DisplayWidth() {
    }

    /** The number of terminal columns {@code text} takes. */
    public static int of(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        int width = 0;
        boolean joined = false;
        for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE;
             start = end, end = clusters.next()) {
            String cluster = text.substring(start, end);
            // Java 17's BreakIterator splits emoji sequences at a zero-width joiner; they show as one glyph
            width += joined ? 0 : clusterWidth(cluster);
            joined = cluster.endsWith(ZERO_WIDTH_JOINER);
        }
        return width;
    }

    /** {@code text} followed by spaces up to {@code width} columns (nothing added when it is already as wide). */
    public static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }

    public static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - of(text))) + text;
    }

    private static int clusterWidth(String cluster) {
        int base = cluster.codePointAt(0);
        if (isZeroWidth(base)) {
            return 0;
        }
        // an emoji presentation selector makes a narrow symbol wide (e.g. ☎️)
        return isWide(base) || cluster.indexOf('\uFE0F') >= 0 ? 2 : 1;
    }

    private static boolean isZeroWidth(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || type == Character.CONTROL;
    }

    static boolean isWide(int cp) {
        int lo = 0;
        int hi = WIDE.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < WIDE[mid][0]) {
                hi = mid - 1;
            } else if (cp > WIDE[mid][1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
