package org.fiscalwarehouse.crawl;

/** A resource's ETag and Last-Modified from an earlier fetch, sent back as If-None-Match / If-Modified-Since. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
