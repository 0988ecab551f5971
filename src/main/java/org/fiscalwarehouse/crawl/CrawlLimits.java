package org.fiscalwarehouse.crawl;

/**
 * How far one source's crawl goes.
 *
 * @param maxDepth     link hops from a start page to the pages still followed (files linked from them are taken)
 * @param maxPages     pages fetched at most
 * @param maxFiles     disclosure files fetched at most
 * @param maxFileBytes size cap of one file; a larger download is aborted
 */
public record CrawlLimits(int maxDepth, int maxPages, int maxFiles, long maxFileBytes) {

    public static final CrawlLimits DEFAULT = new CrawlLimits(3, 300, 500, 100L * 1024 * 1024);

    public CrawlLimits {
        if (maxDepth < 0 || maxPages < 1 || maxFiles < 1 || maxFileBytes < 1) {
            throw new IllegalArgumentException("crawl limits must be positive: depth " + maxDepth + ", pages "
                    + maxPages + ", files " + maxFiles + ", bytes " + maxFileBytes);
        }
    }
}
