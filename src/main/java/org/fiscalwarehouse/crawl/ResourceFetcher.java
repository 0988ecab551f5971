package org.fiscalwarehouse.crawl;

import java.io.IOException;

/** Fetches what is behind a URL; a fetcher for the web also answers conditional requests. */
public interface ResourceFetcher extends AutoCloseable {

    /** Whether this fetcher handles the URL's scheme. */
    boolean handles(String url);

    /**
     * @param validators what an earlier fetch of the URL returned; a fetcher that supports it asks the server
     *                   whether the resource changed and returns {@link FetchResponse#notModified()} if not
     * @throws FetchException (or another IOException) when nothing usable came back, with the reason
     */
    FetchResponse fetch(String url, Validators validators) throws IOException;

    @Override
    default void close() {
    }
}
