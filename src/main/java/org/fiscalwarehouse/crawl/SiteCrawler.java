package org.fiscalwarehouse.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks one source's site from its start pages, level by level: follows pages inside the start pages' columns (or
 * labelled as disclosures) up to a depth, and fetches every linked disclosure file into the landing zone. Pages and
 * files are fetched by a few workers; the fetchers keep each host's politeness. Every URL goes through the
 * manifest, so an unchanged page or file is answered by 304 and read from the landing zone. One failing page or
 * file is recorded and the walk goes on.
 */
public class SiteCrawler {

    private static final Logger log = LoggerFactory.getLogger(SiteCrawler.class);
    private static final String PAGE = "page";
    private static final String FILE = "file";
    private static final int MAX_WORKERS = 8;

    private final CrawlSource source;
    private final List<ResourceFetcher> fetchers;
    private final LandingZone landing;
    private final CrawlManifest manifest;
    private final Clock clock;

    public SiteCrawler(CrawlSource source, List<ResourceFetcher> fetchers, LandingZone landing, CrawlManifest manifest,
                       Clock clock) {
        this.source = source;
        this.fetchers = List.copyOf(fetchers);
        this.landing = landing;
        this.manifest = manifest;
        this.clock = clock;
    }

    public CrawlResult crawl() {
        int workers = Math.min(MAX_WORKERS, source.fetch().maxInFlightPerHost() * Math.max(1,
                source.allowedHosts().size()));
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "crawl-" + source.name() + "-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Map<String, CrawledFile> files = new LinkedHashMap<>();
        List<CrawlFailure> failures = new ArrayList<>();
        try {
            walk(pool, files, failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(new CrawlFailure(source.startPages().get(0), "crawl interrupted"));
        } finally {
            pool.shutdownNow();
        }
        log.info("crawled {}: {} files, {} failures", source.name(), files.size(), failures.size());
        return new CrawlResult(new ArrayList<>(files.values()), failures);
    }

    private void walk(ExecutorService pool, Map<String, CrawledFile> files, List<CrawlFailure> failures)
            throws InterruptedException {
        Set<String> seenPages = new HashSet<>();
        Set<String> seenFiles = new HashSet<>();
        Set<String> limitNoticed = new HashSet<>();
        List<Future<Outcome>> fileTasks = new ArrayList<>();
        List<Link> level = new ArrayList<>();
        for (String start : source.startPages()) {
            if (seenPages.add(start)) {
                level.add(new Link(start, ""));
            }
        }
        for (int depth = 0; !level.isEmpty(); depth++) {
            List<Future<Outcome>> pageTasks = new ArrayList<>();
            for (Link page : level) {
                pageTasks.add(pool.submit(() -> visitPage(page)));
            }
            List<Link> next = new ArrayList<>();
            for (Future<Outcome> task : pageTasks) {
                Outcome outcome = await(task);
                outcome.collectInto(files, failures);
                for (Link link : outcome.links()) {
                    if (source.rule().fileType(link.url(), link.text()).isPresent()) {
                        if (!source.rule().isDisclosure(link.url(), link.text()) || !seenFiles.add(link.url())) {
                            continue;
                        }
                        if (fileTasks.size() < source.limits().maxFiles()) {
                            fileTasks.add(pool.submit(() -> fetchFile(link)));
                        } else if (limitNoticed.add("max_files")) {
                            failures.add(new CrawlFailure(link.url(), "not fetched, nor any further file of "
                                    + source.name() + ": its max_files limit (" + source.limits().maxFiles()
                                    + ") was reached"));
                        }
                    } else if (source.rule().isPage(link.url()) && depth < source.limits().maxDepth()
                            && follows(link) && !seenPages.contains(link.url())) {
                        if (seenPages.size() < source.limits().maxPages()) {
                            seenPages.add(link.url());
                            next.add(link);
                        } else if (limitNoticed.add("max_pages")) {
                            failures.add(new CrawlFailure(link.url(), "not visited, nor any further page of "
                                    + source.name() + ": its max_pages limit (" + source.limits().maxPages()
                                    + ") was reached"));
                        }
                    }
                }
            }
            level = next;
        }
        for (Future<Outcome> task : fileTasks) {
            await(task).collectInto(files, failures);
        }
    }

    /** Pages inside a start page's column, or labelled as disclosures, on the source's own site. */
    private boolean follows(Link link) {
        if (!inScope(link.url())) {
            return false;
        }
        boolean inColumn = source.startPages().stream().anyMatch(start -> link.url().startsWith(folderOf(start)));
        return inColumn || source.rule().mentionsKeyword(link.text());
    }

    private boolean inScope(String url) {
        if (CrawlUrl.isWeb(url)) {
            return source.allowedHosts().contains(CrawlUrl.host(url));
        }
        return source.startPages().stream().filter(s -> !CrawlUrl.isWeb(s)).anyMatch(s -> url.startsWith(folderOf(s)));
    }

    private static String folderOf(String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private Outcome visitPage(Link page) {
        try {
            Content content = fetchContent(page.url(), PAGE);
            FetchResponse r = content.response();
            if (!isHtml(r, content.body())) {
                // a download link without a file extension: taken when it is labelled as a disclosure
                if (source.rule().isDisclosure(publishedName(page, r), page.text())) {
                    return takeFile(page, content);
                }
                if (content.unchanged() == null) {
                    manifest.recordContent(page.url(), PAGE, publishedName(page, r),
                            LandingZone.sha256(content.body()), r, clock.instant());
                }
                return Outcome.NOTHING;
            }
            CrawledFile stored;
            if (content.unchanged() != null) {
                stored = new CrawledFile(content.unchanged(), FileChange.UNCHANGED);
            } else {
                String name = publishedName(page, r);
                Instant now = clock.instant();
                SourceFile copy = landing.store(page.url(), name, content.body(), now);
                stored = new CrawledFile(copy, manifest.recordContent(page.url(), PAGE, name, copy.sha256(), r, now));
            }
            Document doc = Jsoup.parse(new ByteArrayInputStream(content.body()), charsetOf(r.contentType()),
                    r.finalUrl());
            List<Link> links = new ArrayList<>();
            for (Element a : doc.select("a[href]")) {
                String url = CrawlUrl.normalise(a.absUrl("href"));
                if (!url.isEmpty() && inScope(url)) {
                    links.add(new Link(url, (a.text() + " " + a.attr("title")).strip()));
                }
            }
            boolean inline = source.rule().isInlineDisclosure(doc, page.text());
            return new Outcome(links, inline ? stored : null, null);
        } catch (Failure f) {
            return new Outcome(List.of(), null, f.failure("page not fetched: "));
        } catch (IOException | RuntimeException e) {
            return new Outcome(List.of(), null, new CrawlFailure(page.url(), "page not read: " + e));
        }
    }

    private Outcome fetchFile(Link link) {
        try {
            return takeFile(link, fetchContent(link.url(), FILE));
        } catch (Failure f) {
            return new Outcome(List.of(), null, f.failure("file not fetched: "));
        } catch (IOException | RuntimeException e) {
            return new Outcome(List.of(), null, new CrawlFailure(link.url(), "file not stored: " + e));
        }
    }

    /** A disclosure's content: checked against what its name claims, stored, and its change recorded. */
    private Outcome takeFile(Link link, Content content) {
        if (content.unchanged() != null) {
            return new Outcome(List.of(), new CrawledFile(content.unchanged(), FileChange.UNCHANGED), null);
        }
        FetchResponse r = content.response();
        String url = link.url();
        String name = publishedName(link, r);
        Instant now = clock.instant();
        Optional<String> mismatch = ClaimedTypeCheck.mismatch(name, r.contentType(), content.body());
        if (mismatch.isPresent()) {
            manifest.recordFailure(url, FILE, r.status(), "rejected", mismatch.get(), now);
            return new Outcome(List.of(), null, new CrawlFailure(url, CrawlFailure.Kind.REJECTED,
                    name + ": " + mismatch.get()));
        }
        SourceFile stored = landing.store(url, name, content.body(), now);
        FileChange change = manifest.recordContent(url, FILE, name, stored.sha256(), r, now);
        return new Outcome(List.of(), new CrawledFile(stored, change), null);
    }

    /**
     * Fetches a URL, conditionally when the manifest knows it and its last content is still in the landing zone.
     * A 304 is answered from that stored copy ({@link Content#unchanged()}); failures are recorded here, content
     * by the caller, who knows what it is.
     */
    private Content fetchContent(String url, String kind) throws Failure, IOException {
        Optional<ManifestEntry> known = manifest.find(url);
        Validators validators = known.map(this::conditional).orElse(Validators.NONE);
        FetchResponse r;
        try {
            r = fetcher(url).fetch(url, validators);
            if (r.notModified() && validators.isEmpty()) {
                // a 304 to an unconditional request tells nothing
                throw new FetchException("304 Not Modified to an unconditional request", false, 304);
            }
        } catch (DisallowedByRobotsException e) {
            manifest.recordFailure(url, kind, 0, "disallowed", e.getMessage(), clock.instant());
            throw new Failure(url, CrawlFailure.Kind.DISALLOWED, e.getMessage());
        } catch (FetchException e) {
            manifest.recordFailure(url, kind, e.status(), "failed", e.getMessage(), clock.instant());
            throw new Failure(url, CrawlFailure.Kind.NOT_FETCHED, e.getMessage());
        } catch (IOException e) {
            manifest.recordFailure(url, kind, 0, "failed", e.toString(), clock.instant());
            throw new Failure(url, CrawlFailure.Kind.NOT_FETCHED, e.toString());
        }
        if (!r.notModified()) {
            return new Content(r, r.body(), null);
        }
        ManifestEntry k = known.orElseThrow();
        Instant now = clock.instant();
        Optional<SourceFile> stored = landing.existing(url, k.fileName(), k.sha256(), now);
        if (stored.isEmpty()) {
            throw new Failure(url, CrawlFailure.Kind.NOT_FETCHED, "304 Not Modified, but the landing zone lost "
                    + "its copy; fetched whole on the next run");
        }
        manifest.recordNotModified(k, r, now);
        FetchResponse asStored = new FetchResponse(r.finalUrl(), 304, new byte[0], r.etag(), r.lastModified(),
                k.contentType(), k.fileName());
        byte[] body = kind.equals(PAGE) ? Files.readAllBytes(stored.get().localPath()) : new byte[0];
        return new Content(asStored, body, stored.get());
    }

    /** Validators only when the landing zone still holds the content they stand for. */
    private Validators conditional(ManifestEntry known) {
        return known.sha256() != null && landing.locate(known.sha256()).isPresent() ? known.validators()
                : Validators.NONE;
    }

    /** Content-Disposition first, then the URL's file name if it has a type, then a link text that names a file. */
    private String publishedName(Link link, FetchResponse r) {
        Optional<String> fromHeader = PublishedName.sanitise(r.dispositionName());
        if (fromHeader.isPresent()) {
            return fromHeader.get();
        }
        String fromUrl = DisclosureLinkRule.fileName(link.url());
        if (!LandingZone.extensionOf(fromUrl).isEmpty()) {
            return PublishedName.sanitise(fromUrl).orElse(fromUrl);
        }
        Optional<String> fromText = PublishedName.sanitise(link.text());
        if (fromText.isPresent() && !LandingZone.extensionOf(fromText.get()).isEmpty()) {
            return fromText.get();
        }
        return PublishedName.sanitise(fromUrl).orElse("download");
    }

    private static boolean isHtml(FetchResponse r, byte[] body) {
        String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        return ClaimedTypeCheck.looksLikeHtml(body);
    }

    /** The charset of a Content-Type header; null lets jsoup read it from the page's meta tag (GBK is common). */
    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String cs = p.substring("charset=".length()).replace("\"", "").strip();
                return java.nio.charset.Charset.isSupported(cs) ? cs : null;
            }
        }
        return null;
    }

    private ResourceFetcher fetcher(String url) throws FetchException {
        for (ResourceFetcher f : fetchers) {
            if (f.handles(url)) {
                return f;
            }
        }
        throw new FetchException("no fetcher for " + url, false);
    }

    private static Outcome await(Future<Outcome> task) throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("crawl task failed unexpectedly", e.getCause());
        }
    }

    private record Link(String url, String text) {
    }

    /** A fetch's result: the body; for a 304, the stored copy it stands for (and for a page, its bytes). */
    private record Content(FetchResponse response, byte[] body, SourceFile unchanged) {
    }

    private record Outcome(List<Link> links, CrawledFile file, CrawlFailure failure) {

        static final Outcome NOTHING = new Outcome(List.of(), null, null);

        void collectInto(Map<String, CrawledFile> files, List<CrawlFailure> failures) {
            if (file != null) {
                files.putIfAbsent(file.file().sha256(), file);
            }
            if (failure != null) {
                failures.add(failure);
            }
        }
    }

    /** A fetch that failed, carried to where the failure is recorded. */
    private static final class Failure extends Exception {
        private final String url;
        private final CrawlFailure.Kind kind;

        Failure(String url, CrawlFailure.Kind kind, String reason) {
            super(reason, null, false, false);
            this.url = url;
            this.kind = kind;
        }

        CrawlFailure failure(String prefix) {
            return new CrawlFailure(url, kind, kind == CrawlFailure.Kind.NOT_FETCHED ? prefix + getMessage()
                    : getMessage());
        }
    }
}
