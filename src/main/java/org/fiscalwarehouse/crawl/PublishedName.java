package org.fiscalwarehouse.crawl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;

/**
 * A file's name as its publisher gave it (URL segment, Content-Disposition), reduced to a bare name for display
 * and for {@code dim_document.file_name}. It is never used as a path: the landing zone names files by hash.
 */
public final class PublishedName {

    private static final int MAX_LENGTH = 200;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private PublishedName() {
    }

    /** The last segment of any path in the name, without control characters; empty when nothing is left. */
    public static Optional<String> sanitise(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String s = name.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        s = s.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) {
            return Optional.empty();
        }
        return Optional.of(s.length() > MAX_LENGTH ? s.substring(s.length() - MAX_LENGTH) : s);
    }

    /**
     * The file name a Content-Disposition header gives ({@code filename*=UTF-8''…} per RFC 5987 preferred, then
     * {@code filename="…"}, RFC 2047 encoded words included). Servers also send raw UTF-8 or GBK bytes in
     * {@code filename="…"}; the HTTP client reads header bytes as ISO-8859-1, so those are decoded again.
     */
    public static Optional<String> fromContentDisposition(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String name;
        try {
            name = ContentDisposition.parse(header.strip()).getFilename();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return sanitise(name == null ? null : redecodeRawBytes(name));
    }

    private static String redecodeRawBytes(String name) {
        if (name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        byte[] raw = name.getBytes(StandardCharsets.ISO_8859_1);
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
            try {
                return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
            } catch (CharacterCodingException e) {
                // try the next charset
            }
        }
        return name;
    }
}
