package org.fiscalwarehouse.extract;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Tells which text extraction form a file is in, from its content: other tools hand us tab-separated cells,
 * markdown pipe tables, or plain lines. Only valid UTF-8 without NUL bytes counts as text.
 */
public final class TextFormatSniffer {

    private TextFormatSniffer() {
    }

    public static Optional<SourceFormat> sniff(byte[] head) {
        Optional<String> text = decode(head);
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        String s = text.get().stripLeading();
        if (s.regionMatches(true, 0, "<!doctype html", 0, 14) || s.regionMatches(true, 0, "<html", 0, 5)) {
            return Optional.empty();
        }
        long tabbed = 0;
        long piped = 0;
        for (String line : text.get().split("\n")) {
            if (line.indexOf('\t') >= 0) {
                tabbed++;
            }
            String t = line.strip();
            if (t.startsWith("|") && t.endsWith("|") && t.length() > 1) {
                piped++;
            }
        }
        if (piped >= 3 && piped >= tabbed) {
            return Optional.of(SourceFormat.TEXT_MARKDOWN);
        }
        if (tabbed >= 3) {
            return Optional.of(SourceFormat.TEXT_TABBED);
        }
        return Optional.of(SourceFormat.TEXT_PLAIN);
    }

    private static Optional<String> decode(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // the head may end inside a multi-byte character: cut back to a character boundary
        int end = head.length;
        for (int back = 0; back < 3 && end > 0 && (head[end - 1] & 0xC0) == 0x80; back++) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            String s = decoder.decode(ByteBuffer.wrap(head, 0, end)).toString();
            return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
