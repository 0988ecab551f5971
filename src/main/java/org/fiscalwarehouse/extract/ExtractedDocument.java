package org.fiscalwarehouse.extract;

import java.time.Instant;
import java.util.List;

/**
 * The extract stage's output: a document's pages of positioned lines plus the facts about the file that
 * later stages publish (they never look at the crawl stage's model). A file that could not be read
 * travels on with no pages and a {@code rejectionReason}, so that the warehouse can show it.
 */
public record ExtractedDocument(String docId, String sourceUrl, String fileName, String sha256, Instant fetchedAt,
                                SourceFormat format, List<Page> pages, String rejectionReason) {

    public ExtractedDocument {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }

    public boolean isRejected() {
        return rejectionReason != null;
    }
}
