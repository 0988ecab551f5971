package org.fiscalwarehouse.crawl;

import java.util.List;

/** What a crawl found: the disclosure files stored in the landing zone, and what failed. */
public record CrawlResult(List<SourceFile> files, List<CrawlFailure> failures) {

    public CrawlResult {
        files = List.copyOf(files);
        failures = List.copyOf(failures);
    }
}
