package org.fiscalwarehouse.crawl;

/** A page or file the crawl could not fetch or store, with the reason; the run goes on without it. */
public record CrawlFailure(String url, String reason) {
}
