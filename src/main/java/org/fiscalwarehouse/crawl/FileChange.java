package org.fiscalwarehouse.crawl;

/** How a crawled file compares with what the manifest recorded for its URL on earlier runs. */
public enum FileChange {
    /** The URL was never fetched before. */
    NEW,
    /** The URL now serves different bytes: a new document version (the old one is kept). */
    CHANGED,
    /** 304 Not Modified, or the same bytes as last time. */
    UNCHANGED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
