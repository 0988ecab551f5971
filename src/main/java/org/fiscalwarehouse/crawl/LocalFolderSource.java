package org.fiscalwarehouse.crawl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ingest --from=<dir or file>}: every file in a local folder is a candidate disclosure. What a file is gets
 * decided from its content later, so nothing is filtered by name here except hidden files. The manifest tells new,
 * changed and unchanged files apart by their content hash, as for a crawl.
 */
public class LocalFolderSource {

    private final LandingZone landing;
    private final CrawlManifest manifest;
    private final Clock clock;

    public LocalFolderSource(LandingZone landing, CrawlManifest manifest, Clock clock) {
        this.landing = landing;
        this.manifest = manifest;
        this.clock = clock;
    }

    public CrawlResult collect(Path from) {
        List<CrawlFailure> failures = new ArrayList<>();
        Map<String, CrawledFile> files = new LinkedHashMap<>();
        List<Path> candidates = new ArrayList<>();
        if (Files.isRegularFile(from)) {
            candidates.add(from);
        } else if (Files.isDirectory(from)) {
            try (Stream<Path> walk = Files.walk(from)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(candidates::add);
            } catch (IOException e) {
                failures.add(new CrawlFailure(from.toUri().toString(), "folder not readable: " + e.getMessage()));
            }
        } else {
            failures.add(new CrawlFailure(from.toString(), "no such file or folder"));
        }
        for (Path p : candidates) {
            String url = p.toAbsolutePath().toUri().toString();
            try {
                Instant now = clock.instant();
                byte[] body = Files.readAllBytes(p);
                SourceFile f = landing.store(url, p.getFileName().toString(), body, now);
                FileChange change = manifest.recordContent(url, "file", f.fileName(), f.sha256(),
                        FetchResponse.ofBody(url, body), now);
                files.putIfAbsent(f.sha256(), new CrawledFile(f, change));
            } catch (IOException | RuntimeException e) {
                failures.add(new CrawlFailure(p.toString(), "not readable: " + e.getMessage()));
            }
        }
        return new CrawlResult(new ArrayList<>(files.values()), failures);
    }
}
