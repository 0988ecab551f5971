package org.fiscalwarehouse.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One spelling per address, so that the manifest and the seen-sets match: fragment removed, {@code file:///} as
 * {@code file:/}, and characters a URI may not hold (Chinese file names, spaces in hrefs) percent-encoded as UTF-8
 * while existing {@code %XX} escapes are kept as they are.
 */
public final class CrawlUrl {

    private static final String HEX = "0123456789ABCDEF";

    private CrawlUrl() {
    }

    /** The normalised URL, or empty when it is not one the crawler can fetch (mailto:, javascript:, malformed). */
    public static String normalise(String url) {
        if (url == null) {
            return "";
        }
        String s = url.strip();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:///")) {
            s = "file:/" + s.substring("file:///".length());
        } else if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")
                || lower.startsWith("jar:"))) {
            return "";
        }
        String encoded = encode(s);
        try {
            URI uri = URI.create(encoded);
            if ((uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                    && uri.getHost() == null) {
                return "";
            }
        } catch (IllegalArgumentException e) {
            return "";
        }
        return encoded;
    }

    public static boolean isWeb(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The host, lower case, of an http(s) URL. */
    public static String host(String url) {
        String host = URI.create(url).getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    /** Percent-encodes what a URI may not hold, keeping existing escapes; works on relative references too. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                b.append(c);
            } else if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}%".indexOf(c) < 0) {
                b.append(c);
            } else {
                int cp = s.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HEX.charAt((x >> 4) & 0xF)).append(HEX.charAt(x & 0xF));
                }
            }
        }
        return b.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
