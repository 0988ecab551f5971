package org.fiscalwarehouse.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per site (scheme, host and port), fetched once per crawl and parsed by crawler-commons. Follows RFC
 * 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be reached (5xx, network failure)
 * disallows everything for this run.
 */
final class RobotsRules {

    /** Fetches a robots.txt URL without consulting robots.txt (which would recurse). */
    interface Loader {
        FetchResponse load(URI robotsTxt) throws IOException;
    }

    private final String robotName;
    private final Loader loader;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, CompletableFuture<SiteRules>> sites = new ConcurrentHashMap<>();

    RobotsRules(String robotName, Loader loader) {
        this.robotName = robotName;
        this.loader = loader;
    }

    /**
     * Throws when robots.txt keeps this crawler away from the URL, or when the site could not be reached at all
     * (then as a plain failure to fetch: no rule was read).
     */
    void check(URI uri) throws FetchException {
        SiteRules site = rulesFor(uri);
        if (site.unreachable() != null && site.serverError()) {
            throw new DisallowedByRobotsException("robots.txt could not be read (" + site.unreachable()
                    + "); the site is not crawled this run");
        }
        if (site.unreachable() != null) {
            throw new FetchException("site unreachable (" + site.unreachable() + ")", false);
        }
        if (!site.rules().isAllowed(uri.toString())) {
            throw new DisallowedByRobotsException("disallowed by robots.txt");
        }
    }

    /** The site's Crawl-delay for this crawler, if it sets one. */
    Duration crawlDelay(URI uri) {
        long ms = rulesFor(uri).rules().getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? Duration.ZERO : Duration.ofMillis(ms);
    }

    private SiteRules rulesFor(URI uri) {
        String origin = uri.getScheme().toLowerCase() + "://" + uri.getRawAuthority().toLowerCase();
        CompletableFuture<SiteRules> mine = new CompletableFuture<>();
        CompletableFuture<SiteRules> known = sites.putIfAbsent(origin, mine);
        if (known != null) {
            return known.join();
        }
        mine.complete(load(origin));
        return mine.join();
    }

    private SiteRules load(String origin) {
        String url = origin + "/robots.txt";
        try {
            FetchResponse r = loader.load(URI.create(url));
            return new SiteRules(parser.parseContent(url, r.body(), r.contentType() == null ? "text/plain"
                    : r.contentType(), List.of(robotName)), null, false);
        } catch (FetchException e) {
            if (e.status() >= 400 && e.status() < 500) {
                // "unavailable": no rules, everything allowed
                return new SiteRules(parser.failedFetch(e.status()), null, false);
            }
            return new SiteRules(parser.failedFetch(503), e.getMessage(), e.status() >= 500);
        } catch (IOException e) {
            return new SiteRules(parser.failedFetch(503), e.toString(), false);
        }
    }

    /** @param serverError the server answered robots.txt with 5xx, as opposed to not answering at all */
    private record SiteRules(BaseRobotRules rules, String unreachable, boolean serverError) {
    }
}
