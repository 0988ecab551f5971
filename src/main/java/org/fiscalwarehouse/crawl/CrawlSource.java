package org.fiscalwarehouse.crawl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One site to crawl, usually one unit's disclosure column.
 *
 * @param name         what reports call it: the unit code from {@code jobs/units.yml}, or the start page's host
 * @param startPages   where the crawl begins (http(s), or file:/jar: for a local mirror)
 * @param allowedHosts the hosts the crawl may fetch from, also after redirects (web start pages' hosts when empty)
 * @param rule         which links are disclosures
 * @param limits       depth, page and file counts, size cap
 * @param fetch        timeouts, retries, politeness
 */
public record CrawlSource(String name, List<String> startPages, Set<String> allowedHosts, DisclosureLinkRule rule,
                          CrawlLimits limits, FetchPolicy fetch) {

    public CrawlSource {
        if (startPages.isEmpty()) {
            throw new IllegalArgumentException("source " + name + " has no start page");
        }
        startPages = startPages.stream().map(p -> {
            String url = CrawlUrl.normalise(p);
            if (url.isEmpty()) {
                throw new IllegalArgumentException("source " + name + ": not a URL the crawler can fetch: " + p);
            }
            return url;
        }).toList();
        Set<String> hosts = new LinkedHashSet<>();
        allowedHosts.forEach(h -> hosts.add(h.strip().toLowerCase(Locale.ROOT)));
        if (hosts.isEmpty()) {
            startPages.stream().filter(CrawlUrl::isWeb).map(CrawlUrl::host).forEach(hosts::add);
        }
        allowedHosts = Set.copyOf(hosts);
    }

    /** {@code ingest --from=<URL>}: that page, its own host only, default rules and politeness. */
    public static CrawlSource startingAt(String url) {
        String normal = CrawlUrl.normalise(url);
        String name = CrawlUrl.isWeb(normal) ? CrawlUrl.host(normal) : "local mirror";
        return new CrawlSource(name, List.of(url), Set.of(), new DisclosureLinkRule(), CrawlLimits.DEFAULT,
                FetchPolicy.DEFAULT);
    }
}
