package org.fiscalwarehouse.crawl;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A disclosure file the crawl stage found and stored locally: what every later stage starts from.
 *
 * @param sourceUrl where the file was found (an http(s) URL, or a file: URL for local input)
 * @param fileName  the file's name as published (may be Chinese)
 * @param localPath the stored copy in the landing zone
 * @param sha256    hex digest of the content; identifies the document version
 */
public record SourceFile(String sourceUrl, String fileName, Path localPath, String sha256, long sizeBytes,
                         Instant fetchedAt) {

    /** Stable document id: the first 16 hex digits of the content hash. */
    public String docId() {
        return sha256.substring(0, 16);
    }
}
