package org.fiscalwarehouse.extract;

import java.util.regex.Pattern;

/**
 * Decides which kind of UTF-8 text a file holds, so that the matching text reader (tabbed, markdown or
 * plain) is chosen. Judged from a sample of the text, never from the file name.
 */
public final class TextFormatSniffer {

    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$");
    private static final Pattern MARKDOWN_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");

    private TextFormatSniffer() {
    }

    public static SourceFormat sniff(String sample) {
        int lines = 0, tabbed = 0, pipeRows = 0, rules = 0;
        for (String line : sample.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            lines++;
            if (line.indexOf('\t') >= 0) {
                tabbed++;
            }
            if (MARKDOWN_RULE.matcher(line).matches()) {
                rules++;
            } else if (MARKDOWN_ROW.matcher(line).matches()) {
                pipeRows++;
            }
        }
        // A pipe table needs its |---| rule; stray pipes in prose do not make markdown.
        if (rules > 0 && pipeRows >= 2) {
            return SourceFormat.TEXT_MARKDOWN;
        }
        if (tabbed >= 3 || (lines > 0 && tabbed * 5 >= lines && tabbed > 0)) {
            return SourceFormat.TEXT_TABBED;
        }
        return SourceFormat.TEXT_PLAIN;
    }

    /** Sniffs the leading bytes of a file; null when they are not UTF-8 text. */
    public static SourceFormat sniff(byte[] head) {
        String text = ContentSniffer.decodeUtf8(head);
        return text == null ? null : sniff(text);
    }
}
