package org.fiscalwarehouse.crawl;

import java.net.URL;
import java.nio.file.Path;

/**
 * Where an ingest reads from, as given on the command line: the bundled sample ({@code classpath:…}), a local
 * folder or file, a web page to crawl, or a sources file listing the sites to crawl ({@code sources:<file>}).
 */
public record SourceLocation(Kind kind, String value) {

    public static final String BUNDLED_SAMPLE = "classpath:sample/index.html";
    public static final String SOURCES_PREFIX = "sources:";

    public enum Kind { SITE, LOCAL, SOURCES }

    public static SourceLocation parse(String spec) {
        if (spec.startsWith(SOURCES_PREFIX)) {
            return new SourceLocation(Kind.SOURCES, spec.substring(SOURCES_PREFIX.length()));
        }
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

    /**
     * {@code --sources=<file>}: an absolute path when the file exists, else the copy of that path bundled in the jar
     * (so {@code --sources=jobs/sources.yml} works from any folder).
     */
    public static String sourcesSpec(String file) {
        Path path = Path.of(file);
        if (path.toFile().isFile()) {
            return SOURCES_PREFIX + path.toAbsolutePath().normalize();
        }
        String resource = file.replace('\\', '/').replaceFirst("^\\./", "");
        if (SourceLocation.class.getClassLoader().getResource(resource) != null) {
            return SOURCES_PREFIX + "classpath:" + resource;
        }
        throw new IllegalArgumentException("no such sources file: " + file);
    }
}
