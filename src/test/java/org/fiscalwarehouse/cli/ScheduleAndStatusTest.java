package org.fiscalwarehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.fiscalwarehouse.batch.IngestLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schedule} starts ingests on its cron expression under the same lock as any ingest; {@code status} reads the runs. */
class ScheduleAndStatusTest {

    @TempDir
    Path temp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int cli(String... args) {
        return new FiscalWarehouseCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void skipsAFiringWhileAnotherIngestHoldsTheWarehouseAndRunsOnceItIsFree() throws Exception {
        Path input = temp.resolve("in");
        Files.createDirectories(input);
        Files.copy(Path.of("src/test/resources/corpus/text/fujian-fund-centre-2023-final.txt"),
                input.resolve("a.txt"));
        Path warehouse = temp.resolve("warehouse");
        IngestLock held = IngestLock.tryAcquire(warehouse.resolve("_state")).orElseThrow();
        int[] exit = new int[1];
        Thread schedule = new Thread(() -> exit[0] = cli("schedule", "--cron=* * * * * *", "--zone=UTC",
                "--max-runs=2", "--from=" + input, "--warehouse=" + warehouse));
        schedule.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!printed().contains("scheduled ingest 1 ended") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            held.close();
        }
        schedule.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(schedule.isAlive()).isFalse();
        assertThat(exit[0]).isZero();
        assertThat(printed()).contains("scheduled: ingest at '* * * * * *' (UTC)")
                .contains("scheduled ingest 1 ended with exit code 3 (skipped: another ingest holds the warehouse)")
                .contains("scheduled ingest 2 ended with exit code 0")
                .contains("Files: 1 new, 0 changed, 0 unchanged");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("another ingest is running on file:" + warehouse);

        out.reset();
        assertThat(cli("status", "--warehouse=" + warehouse)).isZero();
        assertThat(printed().lines().skip(1)).singleElement().satisfies(line -> assertThat(line)
                .matches("1 .* COMPLETED +1 +0 +0 +0 +0 +1  " + java.util.regex.Pattern.quote(input.toString())));
    }

    @Test
    void statusSaysSoWhileARunHoldsTheWarehouseOrBeforeTheFirstRun() throws Exception {
        Path warehouse = temp.resolve("warehouse");
        assertThat(cli("status", "--warehouse=" + warehouse)).isZero();
        assertThat(printed()).startsWith("no runs yet");

        Files.createDirectories(warehouse.resolve("_state"));
        Files.writeString(warehouse.resolve("_state/jobrepo.mv.db"), "");
        try (IngestLock held = IngestLock.tryAcquire(warehouse.resolve("_state")).orElseThrow()) {
            out.reset();
            assertThat(cli("status", "--warehouse=" + warehouse)).isEqualTo(3);
            assertThat(printed()).contains("an ingest is running on file:" + warehouse + "/ now");
        }
    }

    @Test
    void refusesACronExpressionItCannotRead() {
        assertThat(cli("schedule", "--cron=every night")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a cron expression");
    }

    @Test
    void theDefaultScheduleIsNightlyAtHalfPastTwoShanghaiTime() {
        try (ScheduledIngest nightly = new ScheduledIngest(ScheduledIngest.DEFAULT_CRON, ScheduledIngest.DEFAULT_ZONE,
                () -> 0, new PrintStream(out, true, StandardCharsets.UTF_8), 0)) {
            // 2026-11-22 03:00 in Shanghai is 2026-11-21T19:00Z: the next run is the following night
            Clock clock = Clock.fixed(Instant.parse("2026-11-21T19:00:00Z"), ZoneOffset.UTC);
            assertThat(nightly.nextRun(clock)).hasToString("2026-11-23T02:30+08:00[Asia/Shanghai]");
        }
    }
}
