package org.fiscalwarehouse.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a crawl found: each disclosure file in the landing zone with its change since the last run, and what failed. */
public record CrawlResult(List<CrawledFile> files, List<CrawlFailure> failures) {

    public CrawlResult {
        files = List.copyOf(files);
        failures = List.copyOf(failures);
    }

    public static CrawlResult empty() {
        return new CrawlResult(List.of(), List.of());
    }

    /** Several crawls as one; the same content found twice (two URLs, two units) is one file. */
    public static CrawlResult merge(List<CrawlResult> results) {
        Map<String, CrawledFile> files = new LinkedHashMap<>();
        List<CrawlFailure> failures = new ArrayList<>();
        for (CrawlResult r : results) {
            r.files().forEach(f -> files.putIfAbsent(f.file().sha256(), f));
            failures.addAll(r.failures());
        }
        return new CrawlResult(new ArrayList<>(files.values()), failures);
    }

    public long count(FileChange change) {
        return files.stream().filter(f -> f.change() == change).count();
    }

    public long count(CrawlFailure.Kind kind) {
        return failures.stream().filter(f -> f.kind() == kind).count();
    }
}
