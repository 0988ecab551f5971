package org.fiscalwarehouse.crawl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a downloaded body is what its name claims. Portals answer a missing attachment with an HTML error page
 * under the .pdf name and status 200; such a body is recorded with the reason and never handed on as a disclosure.
 * Only the leading bytes count: Content-Type headers on these sites are often wrong either way.
 */
public final class ClaimedTypeCheck {

    private static final int HEAD = 1024;

    private ClaimedTypeCheck() {
    }

    /** Why the body is not what {@code publishedName} claims, or empty when it plausibly is. */
    public static Optional<String> mismatch(String publishedName, String contentType, byte[] body) {
        if (body.length == 0) {
            return Optional.of("empty body (0 bytes)");
        }
        String ext = LandingZone.extensionOf(publishedName == null ? "" : publishedName);
        String served = contentType == null ? "" : " (Content-Type " + contentType + ")";
        boolean html = looksLikeHtml(body);
        switch (ext) {
            case ".pdf":
                if (!head(body).contains("%PDF-")) {
                    return Optional.of(html ? "not a PDF: the server sent an HTML page" + served
                            + " under a .pdf name (an error page?)" : "not a PDF: no %PDF- header" + served);
                }
                return Optional.empty();
            case ".doc", ".xls", ".docx", ".xlsx":
                // an Office file is an OLE2 or a ZIP container, whichever its extension says
                if (!(startsWith(body, 0xD0, 0xCF, 0x11, 0xE0) || startsWith(body, 'P', 'K', 0x03, 0x04))) {
                    return Optional.of(html ? "not an Office file: the server sent an HTML page" + served + " under a "
                            + ext + " name (an error page?)" : "not an Office file: unknown content" + served);
                }
                return Optional.empty();
            default:
                return Optional.empty();
        }
    }

    static boolean looksLikeHtml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, HEAD), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || (start.startsWith("<?xml") && start.contains("<html"))
                || (start.startsWith("<!--") && start.contains("<html"));
    }

    private static String head(byte[] body) {
        return new String(body, 0, Math.min(body.length, HEAD), StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
