package org.fiscalwarehouse.crawl;

/**
 * A page or file the crawl did not take, with the reason; the run goes on without it.
 *
 * @param kind NOT_FETCHED (network, HTTP status, limits), REJECTED (the body is not what it claims: never parsed),
 *             or DISALLOWED (robots.txt)
 */
public record CrawlFailure(String url, Kind kind, String reason) {

    public enum Kind { NOT_FETCHED, REJECTED, DISALLOWED }

    public CrawlFailure(String url, String reason) {
        this(url, Kind.NOT_FETCHED, reason);
    }
}
