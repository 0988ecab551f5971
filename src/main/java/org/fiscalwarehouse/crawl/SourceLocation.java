package org.fiscalwarehouse.crawl;

import java.net.URL;
import java.nio.file.Path;

/**
 * Where an ingest reads from, as given on the command line: the bundled sample ({@code classpath:…}), a local
 * folder or file, or a web page to crawl.
 */
public record SourceLocation(Kind kind, String value) {

    public static final String BUNDLED_SAMPLE = "classpath:sample/index.html";

    public enum Kind { SITE, LOCAL }

    public static SourceLocation parse(String spec) {
        if (spec.startsWith("classpath:")) {
            URL url = SourceLocation.class.getClassLoader().getResource(spec.substring("classpath:".length()));
            if (url == null) {
                throw new IllegalArgumentException("no such bundled resource: " + spec);
            }
            return new SourceLocation(Kind.SITE, url.toString());
        }
        if (spec.startsWith("http://") || spec.startsWith("https://") || spec.startsWith("file:")
                || spec.startsWith("jar:")) {
            return new SourceLocation(Kind.SITE, spec);
        }
        return new SourceLocation(Kind.LOCAL, Path.of(spec).toAbsolutePath().normalize().toString());
    }
}
