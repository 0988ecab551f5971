package org.fiscalwarehouse.crawl;

/**
 * What came back for a URL.
 *
 * @param finalUrl        where the content was found after redirects (the base for the page's relative links)
 * @param status          200 (or another 2xx) with a body, or 304 without one
 * @param body            the (decoded) body; empty for 304
 * @param etag            the ETag header, if any
 * @param lastModified    the Last-Modified header, if any
 * @param contentType     the Content-Type header, if any
 * @param dispositionName the file name from Content-Disposition, made safe, if any
 */
public record FetchResponse(String finalUrl, int status, byte[] body, String etag, String lastModified,
                            String contentType, String dispositionName) {

    public static FetchResponse ofBody(String url, byte[] body) {
        return new FetchResponse(url, 200, body, null, null, null, null);
    }

    public boolean notModified() {
        return status == 304;
    }

    public Validators validators() {
        return new Validators(etag, lastModified);
    }
}
