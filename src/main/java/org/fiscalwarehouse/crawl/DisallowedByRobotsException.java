package org.fiscalwarehouse.crawl;

/** The site's robots.txt does not let this crawler fetch the URL (or could not be read, which means the same). */
public class DisallowedByRobotsException extends FetchException {

    public DisallowedByRobotsException(String reason) {
        super(reason, false);
    }
}
