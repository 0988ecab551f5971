package org.fiscalwarehouse.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numbered section of a document's explanatory text (e.g. "七、一般公共预算拨款“三公”经费支出决算情况说明"), its
 * wrapped lines joined into one running text so that a figure broken from its unit ("2649.48\n万元") reads whole.
 * The body has no whitespace except between two ASCII letters/digits; a paragraph that opens with a list marker
 * ("（三）", "2.") starts after a '\n', which counts as a sentence end like '。'.
 *
 * @param heading    the section heading as printed (whitespace removed)
 * @param body       the joined text after the heading
 * @param lineStarts where each source line starts in {@code body}, with its page, in body order
 */
public record NarrativeSection(String heading, String body, List<LineStart> lineStarts) {

    /** A printed amount: digits with optional thousands separators and decimals, not part of a longer number. */
    public static final String AMOUNT = "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d.])";

    private static final int MAX_FRAGMENT = 160;

    public NarrativeSection {
        lineStarts = List.copyOf(lineStarts);
    }

    /** Where a source line begins in the body: its page and its y (the line number in a text extraction). */
    public record LineStart(int offset, int page, double y) {
    }

    public Matcher matcher(Pattern pattern) {
        return pattern.matcher(body);
    }

    /** The page of the source line the offset falls on. */
    public int pageAt(int offset) {
        int page = lineStarts.isEmpty() ? 1 : lineStarts.get(0).page();
        for (LineStart s : lineStarts) {
            if (s.offset() > offset) {
                break;
            }
            page = s.page();
        }
        return page;
    }

    /** Start of the sentence holding the offset. */
    public int sentenceStart(int offset) {
        int i = Math.min(offset, body.length());
        while (i > 0 && !isSentenceEnd(body.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** End (exclusive, before the '。') of the sentence holding the offset. */
    public int sentenceEnd(int offset) {
        int i = Math.max(0, offset);
        while (i < body.length() && !isSentenceEnd(body.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The text from the offset to the end of its sentence. */
    public String restOfSentence(int offset) {
        return body.substring(offset, sentenceEnd(offset));
    }

    /** Where a figure at the offset stands: the page, this section's heading and the sentence around it. */
    public Provenance provenance(int offset) {
        int start = sentenceStart(offset);
        int end = sentenceEnd(offset);
        if (end - start > MAX_FRAGMENT) {
            start = Math.max(start, offset - MAX_FRAGMENT / 3);
            end = Math.min(end, start + MAX_FRAGMENT);
        }
        return new Provenance(pageAt(offset), heading, body.substring(start, end), null);
    }

    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '\n';
    }
}
