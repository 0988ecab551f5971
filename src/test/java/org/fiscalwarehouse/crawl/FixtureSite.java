package org.fiscalwarehouse.crawl;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A disclosure site on loopback for crawler tests: static pages and files with ETag/If-None-Match support, plus
 * routes that inject faults. It records every request (path, headers, start time), the most requests it had open at
 * once, and how many body bytes it sent, so tests can assert what the crawler did on the wire.
 */
public final class FixtureSite implements AutoCloseable {

    public static final String LAST_MODIFIED = "Wed, 21 Oct 2026 07:28:00 GMT";

    /** A route's behaviour; {@code call} counts the route's requests from 1. */
    public interface Route {
        void handle(HttpExchange exchange, int call) throws Exception;
    }

    public record Request(String path, String query, Headers headers, long startNanos) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final String host;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();
    private final Map<String, AtomicLong> bodyBytes = new ConcurrentHashMap<>();

    /**
     * @param host the name URLs use for this server: {@code 127.0.0.1} or {@code localhost} (both loopback), so
     *             two servers are two hosts to the crawler
     */
    public static FixtureSite start(String host) throws IOException {
        return new FixtureSite(host);
    }

    private FixtureSite(String host) throws IOException {
        this.host = host;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    public String url(String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    public String host() {
        return host;
    }

    public void route(String path, Route route) {
        routes.put(path, route);
    }

    public void page(String path, String html) {
        resource(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), false);
    }

    public void file(String path, String contentType, byte[] body) {
        resource(path, contentType, body, false);
    }

    /** A static resource answered conditionally: 304 without a body when If-None-Match has its ETag. */
    public void resource(String path, String contentType, byte[] body, boolean gzip) {
        String etag = "\"" + LandingZone.sha256(body).substring(0, 16) + "\"";
        route(path, (ex, call) -> {
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                send(ex, 304, null, null);
                return;
            }
            String accepts = ex.getRequestHeaders().getFirst("Accept-Encoding");
            if (gzip && accepts != null && accepts.contains("gzip")) {
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                send(ex, 200, contentType, gzip(body));
            } else {
                send(ex, 200, contentType, body);
            }
        });
    }

    /** Sends a complete response (body null: none). */
    public void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
            countBodyBytes(ex.getRequestURI().getPath(), body.length);
        }
        ex.close();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public int mostRequestsOpenAtOnce() {
        return mostOpen.get();
    }

    /** Body bytes sent for a path, over all its requests. */
    public long bodyBytesSent(String path) {
        AtomicLong n = bodyBytes.get(path);
        return n == null ? 0 : n.get();
    }

    private void countBodyBytes(String path, long n) {
        bodyBytes.computeIfAbsent(path, p -> new AtomicLong()).addAndGet(n);
    }

    private void dispatch(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(new Request(path, ex.getRequestURI().getRawQuery(), ex.getRequestHeaders(), System.nanoTime()));
        mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        try {
            Route route = routes.get(path);
            if (route == null) {
                send(ex, 404, "text/html", "<html><body>404 not found</body></html>".getBytes(StandardCharsets.UTF_8));
                return;
            }
            route.handle(ex, calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            ex.close();
        } finally {
            open.decrementAndGet();
        }
    }

    static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(body);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
