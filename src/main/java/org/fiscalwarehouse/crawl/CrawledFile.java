package org.fiscalwarehouse.crawl;

/** A disclosure file the crawl holds in the landing zone, and whether it is new, changed or unchanged. */
public record CrawledFile(SourceFile file, FileChange change) {
}
