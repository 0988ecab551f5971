package org.fiscalwarehouse.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * Fetches {@code file:} and {@code jar:} URLs: the bundled offline mirror lives on the classpath (inside the
 * application jar when run from it), and a local mirror of a site is a folder. There is nothing to ask
 * conditionally; the crawl compares content hashes instead.
 */
public class LocalResourceFetcher implements ResourceFetcher {

    private final long maxBytes;

    public LocalResourceFetcher(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handles(String url) {
        return url.startsWith("file:") || url.startsWith("jar:");
    }

    @Override
    public FetchResponse fetch(String url, Validators validators) throws IOException {
        try (InputStream in = URI.create(url).toURL().openStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new FetchException("larger than the size cap of " + maxBytes + " bytes", false);
            }
            return FetchResponse.ofBody(url, body);
        }
    }
}
