package org.fiscalwarehouse.parse;

import java.time.Instant;

/**
 * The parse stage's output for one file. A rejected document has no identity (or a partial one) and no facts,
 * but keeps its file facts and reason so the warehouse lists it.
 */
public record ParsedDocument(String docId, String sourceUrl, String fileName, String sha256, Instant fetchedAt,
                             int pageCount, DocumentIdentity identity, ParsedFacts facts, DocumentStatus status,
                             String statusReason) {
}
