package org.fiscalwarehouse.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a sources file ({@code jobs/sources.yml}): a {@code defaults} block and one entry per unit under
 * {@code sources}, each able to override any default. Durations are written {@code 2s}, {@code 500ms}, {@code 1m};
 * sizes {@code 100MB}. A start page may be {@code classpath:…} (the bundled mirror). Unknown keys are errors, so a
 * typo does not silently fall back to a default.
 */
public final class CrawlSourcesFile {

    private static final Set<String> SETTINGS = Set.of("user_agent", "connect_timeout", "read_timeout",
            "max_attempts", "backoff", "max_backoff", "max_retry_wait", "per_host_delay", "max_in_flight_per_host",
            "max_redirects", "max_depth", "max_pages", "max_files", "max_file_size", "keywords", "attachment_types");
    private static final Set<String> SOURCE_KEYS = Set.of("unit", "name_zh", "note", "start_pages", "allowed_hosts");

    private CrawlSourcesFile() {
    }

    /** A file path, or {@code classpath:jobs/…} for the copy inside the jar. */
    public static List<CrawlSource> load(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length());
            URL url = CrawlSourcesFile.class.getClassLoader().getResource(resource);
            if (url == null) {
                throw new IllegalArgumentException("no such bundled sources file: " + location);
            }
            try (InputStream in = url.openStream()) {
                return parse(in, location);
            }
        }
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such sources file: " + location);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, location);
        }
    }

    @SuppressWarnings("unchecked")
    static List<CrawlSource> parse(InputStream in, String name) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(loaded instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(name + ": expected a mapping with 'defaults' and 'sources'");
        }
        Map<String, Object> root = (Map<String, Object>) loaded;
        checkKeys(root.keySet(), Set.of("defaults", "sources"), name);
        Map<String, Object> defaults = (Map<String, Object>) root.getOrDefault("defaults", Map.of());
        checkKeys(defaults.keySet(), SETTINGS, name + " defaults");
        Object listed = root.get("sources");
        if (!(listed instanceof List<?> entries) || entries.isEmpty()) {
            throw new IllegalArgumentException(name + ": 'sources' must list at least one source");
        }
        List<CrawlSource> sources = new ArrayList<>();
        for (Object e : entries) {
            Map<String, Object> entry = (Map<String, Object>) e;
            String label = String.valueOf(entry.getOrDefault("unit", "source " + (sources.size() + 1)));
            Set<String> allowed = new LinkedHashSet<>(SETTINGS);
            allowed.addAll(SOURCE_KEYS);
            checkKeys(entry.keySet(), allowed, name + " source " + label);
            Map<String, Object> s = new HashMap<>(defaults);
            s.putAll(entry);
            try {
                sources.add(source(label, s));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(name + ", source " + label + ": " + ex.getMessage(), ex);
            }
        }
        return sources;
    }

    private static CrawlSource source(String label, Map<String, Object> s) {
        List<String> startPages = strings(s, "start_pages", List.of()).stream().map(CrawlSourcesFile::resolve)
                .toList();
        FetchPolicy d = FetchPolicy.DEFAULT;
        FetchPolicy fetch = new FetchPolicy(
                String.valueOf(s.getOrDefault("user_agent", d.userAgent())),
                duration(s, "connect_timeout", d.connectTimeout()), duration(s, "read_timeout", d.readTimeout()),
                integer(s, "max_attempts", d.maxAttempts()), duration(s, "backoff", d.backoff()),
                duration(s, "max_backoff", d.maxBackoff()), duration(s, "max_retry_wait", d.maxRetryWait()),
                duration(s, "per_host_delay", d.perHostDelay()),
                integer(s, "max_in_flight_per_host", d.maxInFlightPerHost()),
                integer(s, "max_redirects", d.maxRedirects()));
        CrawlLimits l = CrawlLimits.DEFAULT;
        CrawlLimits limits = new CrawlLimits(integer(s, "max_depth", l.maxDepth()),
                integer(s, "max_pages", l.maxPages()), integer(s, "max_files", l.maxFiles()),
                s.containsKey("max_file_size") ? DataSize.parse(String.valueOf(s.get("max_file_size"))).toBytes()
                        : l.maxFileBytes());
        DisclosureLinkRule rule = new DisclosureLinkRule(
                strings(s, "keywords", DisclosureLinkRule.DEFAULT_KEYWORDS),
                strings(s, "attachment_types", DisclosureLinkRule.DEFAULT_ATTACHMENT_TYPES));
        return new CrawlSource(label, startPages, new LinkedHashSet<>(strings(s, "allowed_hosts", List.of())), rule,
                limits, fetch);
    }

    /** {@code classpath:sample/…} → the resource's URL (file: in a build, jar: inside the application jar). */
    private static String resolve(String page) {
        if (!page.startsWith("classpath:")) {
            return page;
        }
        URL url = CrawlSourcesFile.class.getClassLoader().getResource(page.substring("classpath:".length()));
        if (url == null) {
            throw new IllegalArgumentException("no such bundled page: " + page);
        }
        return url.toString();
    }

    private static void checkKeys(Set<?> keys, Set<String> allowed, String where) {
        for (Object k : keys) {
            if (!allowed.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(where + ": unknown key '" + k + "' (known: "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> s, String key, List<String> fallback) {
        Object v = s.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof List<?> list) {
            return ((List<Object>) list).stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(v));
    }

    private static Duration duration(Map<String, Object> s, String key, Duration fallback) {
        Object v = s.get(key);
        return v == null ? fallback : DurationStyle.detectAndParse(String.valueOf(v));
    }

    private static int integer(Map<String, Object> s, String key, int fallback) {
        Object v = s.get(key);
        return v == null ? fallback : Integer.parseInt(String.valueOf(v));
    }
}
