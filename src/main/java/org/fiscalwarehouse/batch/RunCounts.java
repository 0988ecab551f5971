package org.fiscalwarehouse.batch;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a run did with the documents it met, kept in the job's ExecutionContext (so in the job repository) for
 * {@code status}: files new, changed and unchanged since the last run; rejected (at the crawl as not what they
 * claim, or by extract/parse); not fetched (network, HTTP errors, robots.txt); parsed (handed to extract).
 */
public record RunCounts(int newFiles, int changed, int unchanged, int rejected, int notFetched, int parsed) {

    static final String NEW = "files.new";
    static final String CHANGED = "files.changed";
    static final String UNCHANGED = "files.unchanged";
    static final String CRAWL_REJECTED = "files.rejected_at_crawl";
    static final String NOT_FETCHED = "files.not_fetched";
    static final String PARSED = "files.parsed";
    static final String DOCUMENTS_REJECTED = "documents.rejected";

    static RunCounts of(ExecutionContext context) {
        return new RunCounts(context.getInt(NEW, 0), context.getInt(CHANGED, 0), context.getInt(UNCHANGED, 0),
                context.getInt(CRAWL_REJECTED, 0) + context.getInt(DOCUMENTS_REJECTED, 0),
                context.getInt(NOT_FETCHED, 0), context.getInt(PARSED, 0));
    }
}
