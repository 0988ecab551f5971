package org.fiscalwarehouse.crawl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most a few requests open at once, and a least interval between the starts of two
 * requests. Every request and every retry goes through here, whichever crawl worker sends it.
 */
public class HostThrottle {

    private final int maxInFlight;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    public HostThrottle(int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("at least one request in flight per host");
        }
        this.maxInFlight = maxInFlight;
    }

    /** A request slot for the host: waits for a free slot, then for the host's next start time. */
    public Permit acquire(String host, Duration minInterval) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host(new Semaphore(maxInFlight, true)));
        h.slots.acquire();
        try {
            long waitNanos;
            synchronized (h) {
                long now = System.nanoTime();
                long start = h.started ? Math.max(now, h.nextStart) : now;
                h.nextStart = start + minInterval.toNanos();
                h.started = true;
                waitNanos = start - now;
            }
            if (waitNanos > 0) {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            }
        } catch (InterruptedException | RuntimeException e) {
            h.slots.release();
            throw e;
        }
        return h.slots::release;
    }

    /** Held while a request is open; closing it frees the slot. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Host {
        final Semaphore slots;
        boolean started;
        long nextStart;

        Host(Semaphore slots) {
            this.slots = slots;
        }
    }
}
