package org.fiscalwarehouse.crawl;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls several sources (the units of a sources file) one after the other into one result. A source that fails
 * as a whole is recorded and the next one is crawled. Sources that share a host share its politeness limits.
 */
public class SourcesCrawler {

    private static final Logger log = LoggerFactory.getLogger(SourcesCrawler.class);

    private final LandingZone landing;
    private final CrawlManifest manifest;
    private final Clock clock;

    public SourcesCrawler(LandingZone landing, CrawlManifest manifest, Clock clock) {
        this.landing = landing;
        this.manifest = manifest;
        this.clock = clock;
    }

    public CrawlResult crawl(List<CrawlSource> sources) {
        List<CrawlResult> results = new ArrayList<>();
        int maxInFlight = sources.stream().mapToInt(s -> s.fetch().maxInFlightPerHost()).min().orElse(1);
        HostThrottle throttle = new HostThrottle(maxInFlight);
        for (CrawlSource source : sources) {
            try (HttpResourceFetcher web = new HttpResourceFetcher(source.allowedHosts(),
                    source.limits().maxFileBytes(), source.fetch(), throttle, clock)) {
                List<ResourceFetcher> fetchers = List.of(web,
                        new LocalResourceFetcher(source.limits().maxFileBytes()));
                results.add(new SiteCrawler(source, fetchers, landing, manifest, clock).crawl());
            } catch (RuntimeException e) {
                log.warn("source {} failed", source.name(), e);
                results.add(new CrawlResult(List.of(), List.of(new CrawlFailure(source.startPages().get(0),
                        "source " + source.name() + " failed: " + e))));
            }
        }
        return CrawlResult.merge(results);
    }
}
