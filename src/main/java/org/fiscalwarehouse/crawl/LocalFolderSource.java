package org.fiscalwarehouse.crawl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ingest --from=<dir or file>}: every file in a local folder is a candidate disclosure. What a file is gets
 * decided from its content later, so nothing is filtered by name here except hidden files.
 */
public class LocalFolderSource {

    private final LandingZone landing;
    private final Clock clock;

    public LocalFolderSource(LandingZone landing, Clock clock) {
        this.landing = landing;
        this.clock = clock;
    }

    public CrawlResult collect(Path from) {
        List<CrawlFailure> failures = new ArrayList<>();
        Map<String, SourceFile> files = new LinkedHashMap<>();
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
            try {
                SourceFile f = landing.store(p.toAbsolutePath().toUri().toString(), p.getFileName().toString(),
                        Files.readAllBytes(p), clock.instant());
                files.putIfAbsent(f.sha256(), f);
            } catch (IOException | RuntimeException e) {
                failures.add(new CrawlFailure(p.toString(), "not readable: " + e.getMessage()));
            }
        }
        return new CrawlResult(new ArrayList<>(files.values()), failures);
    }
}
