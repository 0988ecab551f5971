package org.fiscalwarehouse.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells what a file is from its leading bytes. File names are not trusted: portals serve HTML error pages
 * as ".pdf" and spreadsheets with odd extensions.
 */
final class ContentSniffer {

    enum Kind {
        EMPTY("empty file"),
        PDF("PDF"),
        HTML("HTML page"),
        TEXT("text"),
        ZIP("ZIP container (docx/xlsx/ofd?)"),
        OLE("legacy Office document (doc/xls?)"),
        IMAGE("image"),
        BINARY("unknown binary data");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /** PDF readers accept junk before the header; so do we, within this many bytes. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private ContentSniffer() {
    }

    static Kind sniff(byte[] head) {
        if (head.length == 0) {
            return Kind.EMPTY;
        }
        String latin = new String(head, 0, Math.min(head.length, PDF_HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        if (latin.contains("%PDF-")) {
            return Kind.PDF;
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return Kind.ZIP;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Kind.OLE;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 0xFF, 0xD8, 0xFF)
                || startsWith(head, 'G', 'I', 'F', '8') || startsWith(head, 'I', 'I', 0x2A, 0x00)
                || startsWith(head, 'M', 'M', 0x00, 0x2A)) {
            return Kind.IMAGE;
        }
        String text = decodeUtf8(head);
        if (text == null || text.indexOf('\0') >= 0) {
            return Kind.BINARY;
        }
        String start = stripLeading(text).toLowerCase(Locale.ROOT);
        if (start.isEmpty()) {
            return Kind.EMPTY;
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html")
                || (start.startsWith("<?xml") && start.contains("<html"))
                || (start.startsWith("<!--") && start.contains("<html"))) {
            return Kind.HTML;
        }
        return Kind.TEXT;
    }

    /** Decodes as UTF-8, tolerating a multi-byte character cut off by the end of the sample; null if not UTF-8. */
    static String decodeUtf8(byte[] head) {
        for (int cut = 0; cut <= 3 && cut < head.length; cut++) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, 0, head.length - cut)).toString();
            } catch (CharacterCodingException e) {
                // try again without the last bytes, which may be half a character
            }
        }
        return null;
    }

    private static String stripLeading(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '\uFEFF' || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return text.substring(i);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
