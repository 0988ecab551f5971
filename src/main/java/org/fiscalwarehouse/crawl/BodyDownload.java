package org.fiscalwarehouse.crawl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Receives one response body for the JDK HTTP client, so that the crawler can enforce what the client cannot: a
 * size cap (the transfer is cancelled as soon as it is passed), a read timeout (no bytes for too long), and a check
 * that as many bytes arrived as Content-Length announced. The response is handed over at the headers; the body is
 * then awaited with {@link #await}.
 */
final class BodyDownload implements HttpResponse.BodySubscriber<BodyDownload> {

    private final long maxBytes;
    private final long declaredLength;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> done = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile long lastProgress = System.nanoTime();
    private volatile long received;

    BodyDownload(long maxBytes, long declaredLength) {
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
    }

    /**
     * A body handler that caps every body at {@code maxBytes}. The download is also handed to {@code created}: a body
     * that breaks off early can fail the request itself, and then only the download knows it was cut short.
     */
    static HttpResponse.BodyHandler<BodyDownload> handler(long maxBytes, Consumer<BodyDownload> created) {
        return info -> {
            BodyDownload d = new BodyDownload(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1));
            created.accept(d);
            return d;
        };
    }

    /** Fewer bytes arrived than Content-Length announced (so far). */
    boolean cutShort() {
        return declaredLength >= 0 && received < declaredLength;
    }

    @Override
    public CompletionStage<BodyDownload> getBody() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredLength > maxBytes) {
            s.cancel();
            done.completeExceptionally(tooLarge("Content-Length " + declaredLength));
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (done.isDone()) {
            return;
        }
        lastProgress = System.nanoTime();
        for (ByteBuffer b : items) {
            int n = b.remaining();
            received += n;
            if (received > maxBytes) {
                subscription.cancel();
                done.completeExceptionally(tooLarge("more than " + maxBytes + " bytes received"));
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            bytes.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable t) {
        done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        done.complete(bytes.toByteArray());
    }

    /** Drops a body we do not want (redirects, errors); the connection is not reused. */
    void discard() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        done.cancel(false);
    }

    /** The complete body, as sent on the wire (before any Content-Encoding is undone). */
    byte[] await(Duration readTimeout) throws FetchException, InterruptedException {
        long pollMillis = Math.max(5, Math.min(250, readTimeout.toMillis() / 4));
        while (true) {
            try {
                byte[] body = done.get(pollMillis, TimeUnit.MILLISECONDS);
                if (declaredLength >= 0 && body.length != declaredLength) {
                    throw truncated();
                }
                return body;
            } catch (TimeoutException e) {
                if (System.nanoTime() - lastProgress > readTimeout.toNanos()) {
                    discard();
                    throw new FetchException("read timed out: no data for " + readTimeout.toMillis() + " ms after "
                            + received + " bytes", true);
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof FetchException f) {
                    throw f;
                }
                if (declaredLength >= 0 && received < declaredLength) {
                    throw truncated();
                }
                throw new FetchException("transfer broken after " + received + " bytes: " + e.getCause(), true);
            }
        }
    }

    FetchException truncated() {
        return new FetchException("truncated transfer: received " + received + " of the " + declaredLength
                + " bytes announced by Content-Length", true);
    }

    private FetchException tooLarge(String what) {
        return new FetchException("larger than the size cap of " + maxBytes + " bytes (" + what + "); aborted", false);
    }
}
