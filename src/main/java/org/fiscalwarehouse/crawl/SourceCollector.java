package org.fiscalwarehouse.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The crawl stage's entry point: whatever the source is (folder, start page, sources file), its files. */
public class SourceCollector {

    private final LandingZone landing;
    private final CrawlManifest manifest;
    private final Clock clock;

    public SourceCollector(LandingZone landing, CrawlManifest manifest, Clock clock) {
        this.landing = landing;
        this.manifest = manifest;
        this.clock = clock;
    }

    public CrawlResult collect(SourceLocation location) {
        return switch (location.kind()) {
            case LOCAL -> new LocalFolderSource(landing, manifest, clock).collect(Path.of(location.value()));
            case SITE -> crawler().crawl(List.of(CrawlSource.startingAt(location.value())));
            case SOURCES -> crawler().crawl(sources(location.value()));
        };
    }

    private SourcesCrawler crawler() {
        return new SourcesCrawler(landing, manifest, clock);
    }

    private static List<CrawlSource> sources(String file) {
        try {
            return CrawlSourcesFile.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources file " + file, e);
        }
    }
}
