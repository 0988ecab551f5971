package org.fiscalwarehouse.crawl;

import java.time.Instant;

/**
 * What the crawl knows about one URL from earlier runs.
 *
 * @param kind        {@code page} (followed for links) or {@code file} (a disclosure)
 * @param fileName    the published name of the content last received
 * @param sha256      hash of the content last received (its copy is in the landing zone)
 * @param lastStatus  the HTTP status of the last fetch (200, 304, 404…; 0 when no response; 200 for a local file)
 * @param lastOutcome new, changed, unchanged, rejected, failed or disallowed
 * @param lastReason  why, when the last fetch did not yield content
 */
public record ManifestEntry(String url, String kind, String fileName, String etag, String lastModified, String sha256,
                            String contentType, Instant firstSeen, Instant lastSeen, int lastStatus,
                            String lastOutcome, String lastReason) {

    /** The validators to send on the next fetch. */
    public Validators validators() {
        return new Validators(etag, lastModified);
    }
}
