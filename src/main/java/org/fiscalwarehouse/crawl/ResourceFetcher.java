package org.fiscalwarehouse.crawl;

import java.io.IOException;

/** Fetches the bytes behind a URL. */
public interface ResourceFetcher {

    /** Whether this fetcher handles the URL's scheme. */
    boolean handles(String url);

    byte[] fetch(String url) throws IOException;
}
