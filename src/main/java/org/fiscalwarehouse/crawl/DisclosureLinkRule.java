package org.fiscalwarehouse.crawl;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Which links are disclosure files: an attachment type we can read, named or labelled as a budget or final
 * account (预算/决算/预决算). Pages are followed only within the crawl's site.
 */
public class DisclosureLinkRule {

    private static final Set<String> ATTACHMENT_TYPES = Set.of("pdf", "xls", "xlsx", "doc", "docx", "txt");
    private static final String[] KEYWORDS = {"预算", "决算", "预决算"};

    public boolean isAttachment(String url) {
        String ext = LandingZone.extensionOf(path(url));
        return !ext.isEmpty() && ATTACHMENT_TYPES.contains(ext.substring(1));
    }

    public boolean isPage(String url) {
        String ext = LandingZone.extensionOf(path(url));
        return ext.isEmpty() || ext.equals(".html") || ext.equals(".htm") || ext.equals(".shtml") || ext.equals(".jsp");
    }

    public boolean isDisclosure(String url, String linkText) {
        String name = fileName(url);
        for (String k : KEYWORDS) {
            if (name.contains(k) || (linkText != null && linkText.contains(k))) {
                return true;
            }
        }
        return false;
    }

    /** The decoded last path segment: the file's published name (often Chinese and percent-encoded). */
    public static String fileName(String url) {
        String p = path(url);
        String last = p.substring(p.lastIndexOf('/') + 1);
        try {
            return URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return last;
        }
    }

    private static String path(String url) {
        String s = url;
        int cut = s.indexOf('#');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        cut = s.indexOf('?');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        return s.toLowerCase(Locale.ROOT).endsWith("/") ? s + "index.html" : s;
    }
}
