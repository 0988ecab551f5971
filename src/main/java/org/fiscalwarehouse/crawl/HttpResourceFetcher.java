package org.fiscalwarehouse.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Fetches http(s) URLs politely and defensively with the JDK client:
 * <ul>
 * <li>only allowed hosts, re-checked on every redirect hop; redirects followed by hand, at most a few, loops
 * detected;</li>
 * <li>robots.txt obeyed (once per site) and its Crawl-delay honoured;</li>
 * <li>per host at most N requests in flight and a least delay between request starts ({@link HostThrottle});</li>
 * <li>connect and read timeouts; 5xx, 429 (its Retry-After honoured, in seconds or as a date), timeouts and broken
 * transfers retried with exponential backoff and jitter, a bounded number of times;</li>
 * <li>conditional GET from the manifest's validators (304 → no body); gzip asked for and undone;</li>
 * <li>a size cap that aborts the transfer, and a check that Content-Length bytes arrived.</li>
 * </ul>
 */
public class HttpResourceFetcher implements ResourceFetcher {

    private static final int ROBOTS_MAX_BYTES = 512 * 1024;

    private final HttpClient client;
    private final Set<String> allowedHosts;
    private final long maxBytes;
    private final FetchPolicy policy;
    private final HostThrottle throttle;
    private final RobotsRules robots;
    private final Backoff backoff;
    private final Clock clock;

    public HttpResourceFetcher(Set<String> allowedHosts, long maxBytes, FetchPolicy policy, HostThrottle throttle,
                               Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.maxBytes = maxBytes;
        this.policy = policy;
        this.throttle = throttle;
        this.backoff = new Backoff(policy.backoff(), policy.maxBackoff());
        this.clock = clock;
        this.robots = new RobotsRules(policy.robotName(),
                robotsTxt -> follow(robotsTxt, Validators.NONE, false, ROBOTS_MAX_BYTES));
    }

    @Override
    public boolean handles(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    @Override
    public FetchResponse fetch(String url, Validators validators) throws IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid URL: " + url, false);
        }
        return follow(uri, validators, true, maxBytes);
    }

    /** Follows redirects by hand so that each hop is checked against the allowed hosts and robots.txt. */
    private FetchResponse follow(URI start, Validators validators, boolean obeyRobots, long cap) throws IOException {
        URI uri = start;
        List<URI> hops = new ArrayList<>();
        while (true) {
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!allowedHosts.contains(host)) {
                throw new FetchException((hops.isEmpty() ? "host not allowed: " : "redirected to a host not allowed: ")
                        + host, false);
            }
            if (hops.contains(uri)) {
                throw new FetchException("redirect loop: " + hops.stream().map(URI::toString)
                        .collect(Collectors.joining(" → ")) + " → " + uri, false);
            }
            if (hops.size() > policy.maxRedirects()) {
                throw new FetchException("more than " + policy.maxRedirects() + " redirects from " + start, false);
            }
            if (obeyRobots) {
                robots.check(uri);
            }
            hops.add(uri);
            Exchange exchange = exchangeWithRetries(uri, validators, obeyRobots, cap);
            if (exchange.location() == null) {
                return exchange.response();
            }
            try {
                uri = URI.create(CrawlUrl.normalise(uri.resolve(CrawlUrl.encode(exchange.location())).toString()));
            } catch (IllegalArgumentException e) {
                throw new FetchException("redirect to an invalid location: " + exchange.location(), false);
            }
        }
    }

    private Exchange exchangeWithRetries(URI uri, Validators validators, boolean obeyRobots, long cap)
            throws IOException {
        for (int attempt = 1; ; attempt++) {
            String problem;
            Duration wait;
            int status = 0;
            try {
                Exchange exchange = exchange(uri, validators, obeyRobots, cap);
                status = exchange.status();
                if (status != 429 && (status < 500 || status > 599)) {
                    if (exchange.response() == null && exchange.location() == null) {
                        throw new FetchException("HTTP " + status, false, status);
                    }
                    return exchange;
                }
                problem = "HTTP " + status;
                Optional<Duration> asked = RetryAfter.parse(exchange.retryAfter(), clock.instant());
                if (asked.isPresent() && asked.get().compareTo(policy.maxRetryWait()) > 0) {
                    throw new FetchException(problem + " with Retry-After " + asked.get().toSeconds()
                            + " s, longer than the " + policy.maxRetryWait().toSeconds() + " s this crawl waits", false,
                            status);
                }
                wait = asked.orElse(backoff.before(attempt));
            } catch (FetchException e) {
                if (!e.retryable()) {
                    throw e;
                }
                problem = e.getMessage();
                wait = backoff.before(attempt);
            }
            if (attempt >= policy.maxAttempts()) {
                throw new FetchException(problem + (attempt > 1 ? " (gave up after " + attempt + " attempts)" : ""),
                        false, status);
            }
            sleep(wait);
        }
    }

    /** One request: waits for the host's slot, sends, and reads the body while holding the slot. */
    private Exchange exchange(URI uri, Validators validators, boolean obeyRobots, long cap) throws IOException {
        Duration interval = obeyRobots ? max(policy.perHostDelay(), robots.crawlDelay(uri)) : policy.perHostDelay();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(policy.readTimeout())
                .header("User-Agent", policy.userAgent())
                .header("Accept-Encoding", "gzip")
                .GET();
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        AtomicReference<BodyDownload> download = new AtomicReference<>();
        try (HostThrottle.Permit slot = throttle.acquire(uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort(),
                interval)) {
            HttpResponse<BodyDownload> response = client.send(request.build(),
                    BodyDownload.handler(cap, download::set));
            int status = response.statusCode();
            HttpHeaders headers = response.headers();
            if (status >= 200 && status < 300) {
                byte[] body = decode(response.body().await(policy.readTimeout()), headers, cap);
                return new Exchange(status, new FetchResponse(uri.toString(), status, body,
                        headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null),
                        headers.firstValue("Content-Type").orElse(null),
                        headers.firstValue("Content-Disposition").flatMap(PublishedName::fromContentDisposition)
                                .orElse(null)), null, null);
            }
            response.body().discard();
            if (status == 304) {
                return new Exchange(status, new FetchResponse(uri.toString(), 304, new byte[0],
                        headers.firstValue("ETag").orElse(validators.etag()),
                        headers.firstValue("Last-Modified").orElse(validators.lastModified()), null, null), null, null);
            }
            if (status >= 300 && status < 400 && headers.firstValue("Location").isPresent()) {
                return new Exchange(status, null, headers.firstValue("Location").get(), null);
            }
            return new Exchange(status, null, null, headers.firstValue("Retry-After").orElse(null));
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException("connect timed out after " + policy.connectTimeout().toMillis() + " ms", true);
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out: no response within " + policy.readTimeout().toMillis() + " ms",
                    true);
        } catch (ConnectException e) {
            String why = e.getCause() instanceof java.nio.channels.UnresolvedAddressException ? "host name not resolved"
                    : e.getMessage() != null ? e.getMessage() : String.valueOf(e.getCause());
            throw new FetchException("cannot connect to " + uri.getHost() + ": " + why, true);
        } catch (FetchException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching " + uri);
        } catch (IOException e) {
            BodyDownload body = download.get();
            if (body != null && body.cutShort()) {
                throw body.truncated();
            }
            throw new FetchException("transfer failed: " + e, true);
        }
    }

    /** Undoes gzip; the cap applies to the decoded size too (a small gzip can hold a huge file). */
    private static byte[] decode(byte[] wire, HttpHeaders headers, long cap) throws FetchException {
        String encoding = headers.firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        if (encoding.equals("identity") || encoding.isEmpty()) {
            return wire;
        }
        if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            throw new FetchException("unsupported Content-Encoding " + encoding, false);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(wire))) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (body.length > cap) {
                throw new FetchException("larger than the size cap of " + cap + " bytes once unzipped; aborted",
                        false);
            }
            return body;
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException("broken gzip body: " + e.getMessage(), true);
        }
    }

    private static void sleep(Duration wait) throws InterruptedIOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One response: a body, or a redirect's Location, or a status with its Retry-After. */
    private record Exchange(int status, FetchResponse response, String location, String retryAfter) {
    }
}
