package org.fiscalwarehouse.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

/**
 * {@code schedule}: keeps the process alive and starts an ingest whenever the cron expression fires (Spring's
 * scheduler). One scheduler thread, so this process never overlaps itself; the ingest's own lock keeps it off a
 * run started elsewhere (cron, systemd, a person), in which case that firing is skipped.
 */
public final class ScheduledIngest implements AutoCloseable {

    public static final String DEFAULT_CRON = "0 30 2 * * *";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final CronTrigger trigger;
    private final ZoneId zone;
    private final IntSupplier ingest;
    private final PrintStream out;
    private final int maxRuns;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final AtomicInteger runs = new AtomicInteger();
    private final CountDownLatch done = new CountDownLatch(1);

    /**
     * @param cron    a Spring cron expression (second minute hour day month weekday)
     * @param ingest  one ingest, returning its exit code (3: another run held the lock)
     * @param maxRuns stop after this many firings; 0 runs until the process is stopped
     */
    public ScheduledIngest(String cron, ZoneId zone, IntSupplier ingest, PrintStream out, int maxRuns) {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("not a cron expression (second minute hour day month weekday): "
                    + cron);
        }
        this.trigger = new CronTrigger(cron, zone);
        this.zone = zone;
        this.ingest = ingest;
        this.out = out;
        this.maxRuns = maxRuns;
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("scheduled-ingest-");
        scheduler.setDaemon(true);
    }

    public void start() {
        scheduler.initialize();
        scheduler.schedule(this::fire, trigger);
        out.println("scheduled: ingest at '" + trigger.getExpression() + "' (" + zone + "); next run "
                + nextRun(Clock.system(zone)));
    }

    /** When the schedule fires next, after now. */
    public ZonedDateTime nextRun(Clock clock) {
        Instant next = trigger.nextExecution(new SimpleTriggerContext(clock));
        return next == null ? null : next.atZone(zone);
    }

    /** Blocks until {@code maxRuns} firings have run (forever when unlimited). */
    public void awaitDone() throws InterruptedException {
        done.await();
    }

    public int runs() {
        return runs.get();
    }

    private void fire() {
        if (maxRuns > 0 && runs.get() >= maxRuns) {
            return;
        }
        int n = runs.incrementAndGet();
        out.println(ZonedDateTime.now(zone) + " scheduled ingest " + n + " starting");
        int code;
        try {
            code = ingest.getAsInt();
        } catch (RuntimeException e) {
            // a failing run must not end the schedule; the next firing restarts it
            out.println("scheduled ingest " + n + " failed: " + e);
            code = 1;
        }
        out.println(ZonedDateTime.now(zone) + " scheduled ingest " + n + " ended with exit code " + code
                + (code == 3 ? " (skipped: another ingest holds the warehouse)" : "")
                + "; next run " + nextRun(Clock.system(zone)));
        if (maxRuns > 0 && n >= maxRuns) {
            done.countDown();
        }
    }

    @Override
    public void close() {
        scheduler.shutdown();
    }
}
