package org.fiscalwarehouse.batch;

import java.util.List;
import org.fiscalwarehouse.crawl.SourceFile;

/** The files the crawl step hands to extract: those whose document the warehouse does not hold yet. */
record CrawlHandover(List<SourceFile> files) {

    CrawlHandover {
        files = List.copyOf(files);
    }
}
