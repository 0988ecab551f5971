package org.fiscalwarehouse.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * Fetches http(s) URLs with the JDK client: timeouts, a clear User-Agent, a size cap, and redirects followed by
 * hand (at most five) so that a redirect can never lead off the allowed hosts.
 */
public class HttpResourceFetcher implements ResourceFetcher {

    static final String USER_AGENT = "fiscal-warehouse/0.1 (+disclosure crawler; polite; contact: see README)";
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Set<String> allowedHosts;
    private final long maxBytes;
    private final Duration readTimeout;

    public HttpResourceFetcher(Set<String> allowedHosts, long maxBytes, Duration connectTimeout, Duration readTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.maxBytes = maxBytes;
        this.readTimeout = readTimeout;
    }

    @Override
    public boolean handles(String url) {
        return url.startsWith("http://") || url.startsWith("https://");
    }

    @Override
    public byte[] fetch(String url) throws IOException {
        URI uri = URI.create(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!allowedHosts.contains(uri.getHost())) {
                throw new IOException("host not allowed: " + uri.getHost());
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                    .header("User-Agent", USER_AGENT).GET().build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                response.body().close();
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new IOException("redirect without Location from " + url));
                uri = uri.resolve(location);
                continue;
            }
            try (InputStream in = response.body()) {
                if (status != 200) {
                    throw new IOException("HTTP " + status);
                }
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (body.length > maxBytes) {
                    throw new IOException("larger than the size cap of " + maxBytes + " bytes");
                }
                return body;
            }
        }
        throw new IOException("more than " + MAX_REDIRECTS + " redirects");
    }
}
