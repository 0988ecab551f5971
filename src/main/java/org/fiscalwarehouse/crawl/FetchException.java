package org.fiscalwarehouse.crawl;

import java.io.IOException;

/**
 * A fetch that failed, saying why, whether trying again may help (5xx, 429, timeouts, broken transfers), and the
 * HTTP status when the server answered with one (0 otherwise).
 */
public class FetchException extends IOException {

    private final boolean retryable;
    private final int status;

    public FetchException(String reason, boolean retryable) {
        this(reason, retryable, 0);
    }

    public FetchException(String reason, boolean retryable, int status) {
        super(reason);
        this.retryable = retryable;
        this.status = status;
    }

    public boolean retryable() {
        return retryable;
    }

    public int status() {
        return status;
    }
}
