package org.fiscalwarehouse.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a disclosure site from a start page: follows pages within the site up to a depth, and stores every
 * linked disclosure file in the landing zone. One failing page or file is recorded and the walk goes on.
 */
public class SiteCrawler {

    private static final Logger log = LoggerFactory.getLogger(SiteCrawler.class);

    private final List<ResourceFetcher> fetchers;
    private final LandingZone landing;
    private final DisclosureLinkRule rule;
    private final int maxDepth;
    private final int maxFiles;
    private final Clock clock;

    public SiteCrawler(List<ResourceFetcher> fetchers, LandingZone landing, DisclosureLinkRule rule, int maxDepth,
                       int maxFiles, Clock clock) {
        this.fetchers = List.copyOf(fetchers);
        this.landing = landing;
        this.rule = rule;
        this.maxDepth = maxDepth;
        this.maxFiles = maxFiles;
        this.clock = clock;
    }

    public CrawlResult crawl(String start) {
        String startUrl = canonical(start);
        String site = siteOf(startUrl);
        Map<String, SourceFile> files = new LinkedHashMap<>();
        List<CrawlFailure> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<Visit> queue = new ArrayDeque<>();
        queue.add(new Visit(startUrl, 0));
        seen.add(startUrl);
        while (!queue.isEmpty() && files.size() < maxFiles) {
            Visit visit = queue.poll();
            Document page;
            try {
                byte[] body = fetch(visit.url());
                page = Jsoup.parse(new String(body, StandardCharsets.UTF_8), visit.url());
            } catch (IOException | RuntimeException e) {
                failures.add(new CrawlFailure(visit.url(), "page not fetched: " + e.getMessage()));
                continue;
            }
            for (Element a : page.select("a[href]")) {
                String link = canonical(a.absUrl("href"));
                if (link.isEmpty() || !link.startsWith(site) || !seen.add(stripFragment(link))) {
                    continue;
                }
                String text = a.text() + " " + a.attr("title");
                if (rule.isAttachment(link)) {
                    if (rule.isDisclosure(link, text)) {
                        storeFile(link, files, failures);
                    }
                } else if (rule.isPage(link) && visit.depth() < maxDepth) {
                    queue.add(new Visit(stripFragment(link), visit.depth() + 1));
                }
            }
        }
        log.info("crawled {}: {} files, {} failures", startUrl, files.size(), failures.size());
        return new CrawlResult(new ArrayList<>(files.values()), failures);
    }

    private void storeFile(String url, Map<String, SourceFile> files, List<CrawlFailure> failures) {
        try {
            byte[] body = fetch(url);
            SourceFile f = landing.store(url, DisclosureLinkRule.fileName(url), body, clock.instant());
            files.putIfAbsent(f.sha256(), f);
        } catch (IOException | RuntimeException e) {
            failures.add(new CrawlFailure(url, "file not fetched: " + e.getMessage()));
        }
    }

    private byte[] fetch(String url) throws IOException {
        for (ResourceFetcher f : fetchers) {
            if (f.handles(url)) {
                return f.fetch(url);
            }
        }
        throw new IOException("no fetcher for " + url);
    }

    /** The prefix a link must have to stay on the site: scheme and host for the web, the start folder for files. */
    static String siteOf(String startUrl) {
        if (startUrl.startsWith("http://") || startUrl.startsWith("https://")) {
            URI u = URI.create(startUrl);
            return u.getScheme() + "://" + u.getRawAuthority() + "/";
        }
        return startUrl.substring(0, startUrl.lastIndexOf('/') + 1);
    }

    /** file:///x and file:/x name the same file; jsoup and java.nio spell them differently. */
    private static String canonical(String url) {
        return url.startsWith("file:///") ? "file:/" + url.substring("file:///".length()) : url;
    }

    private static String stripFragment(String url) {
        int i = url.indexOf('#');
        return i < 0 ? url : url.substring(0, i);
    }

    private record Visit(String url, int depth) {
    }
}
