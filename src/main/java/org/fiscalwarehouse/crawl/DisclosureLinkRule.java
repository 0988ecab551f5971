package org.fiscalwarehouse.crawl;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;

/**
 * Which links are disclosure files: an attachment type we take, named or labelled as a budget or final account
 * (预算/决算/预决算). An HTML page counts as a disclosure only when so labelled and it carries its tables inline; other
 * pages are just followed.
 */
public class DisclosureLinkRule {

    public static final List<String> DEFAULT_KEYWORDS = List.of("预算", "决算", "预决算");
    public static final List<String> DEFAULT_ATTACHMENT_TYPES =
            List.of("pdf", "html", "htm", "shtml", "xls", "xlsx", "doc", "docx");

    private static final Set<String> PAGE_TYPES = Set.of("html", "htm", "shtml", "jsp", "php", "asp", "aspx");
    /** An article that merely links its PDF has no such table; a disclosure published as HTML does. */
    private static final int INLINE_TABLE_MIN_ROWS = 5;

    private final List<String> keywords;
    private final Set<String> attachmentTypes;

    public DisclosureLinkRule() {
        this(DEFAULT_KEYWORDS, DEFAULT_ATTACHMENT_TYPES);
    }

    public DisclosureLinkRule(List<String> keywords, List<String> attachmentTypes) {
        if (keywords.isEmpty() || attachmentTypes.isEmpty()) {
            throw new IllegalArgumentException("a link rule needs keywords and attachment types");
        }
        this.keywords = List.copyOf(keywords);
        this.attachmentTypes = attachmentTypes.stream().map(t -> t.toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<String> keywords() {
        return keywords;
    }

    /**
     * The attachment type of a link that is a file to download (not a page): from the URL's path, else from the
     * link text (download links such as {@code download?id=7} labelled "…决算.pdf").
     */
    public Optional<String> fileType(String url, String linkText) {
        String ext = typeOf(fileName(url));
        if (ext.isEmpty() || PAGE_TYPES.contains(ext)) {
            String labelled = typeOf(linkText == null ? "" : linkText.strip());
            if (!labelled.isEmpty() && !PAGE_TYPES.contains(labelled) && attachmentTypes.contains(labelled)) {
                return Optional.of(labelled);
            }
            return Optional.empty();
        }
        return attachmentTypes.contains(ext) ? Optional.of(ext) : Optional.empty();
    }

    /** A link to a web page (or folder) rather than to a file. */
    public boolean isPage(String url) {
        String ext = typeOf(fileName(url));
        return ext.isEmpty() || PAGE_TYPES.contains(ext);
    }

    /** Whether a page may itself be a disclosure (its type is taken as an attachment type). */
    public boolean takesPages() {
        return attachmentTypes.stream().anyMatch(PAGE_TYPES::contains);
    }

    /** Named or labelled as a budget or final account. */
    public boolean isDisclosure(String url, String linkText) {
        return mentionsKeyword(fileName(url)) || mentionsKeyword(linkText);
    }

    public boolean mentionsKeyword(String text) {
        return text != null && keywords.stream().anyMatch(text::contains);
    }

    /** A fetched page that is a disclosure in HTML: labelled so (link or title) and holding a table. */
    public boolean isInlineDisclosure(Document page, String linkText) {
        if (!takesPages() || !(mentionsKeyword(linkText) || mentionsKeyword(page.title()))) {
            return false;
        }
        return page.select("table").stream().anyMatch(t -> t.select("tr").size() >= INLINE_TABLE_MIN_ROWS);
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

    private static String typeOf(String name) {
        String ext = LandingZone.extensionOf(name);
        return ext.isEmpty() ? "" : ext.substring(1);
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
        return s.endsWith("/") ? s + "index.html" : s;
    }
}
