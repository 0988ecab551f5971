package org.fiscalwarehouse.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    static final Instant NOW = Instant.parse("2026-11-22T02:30:00Z");

    @Test
    void readsSeconds() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsAnHttpDateAsTheWaitUntilThen() {
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 02:31:30 GMT", NOW)).contains(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 02:00:00 GMT", NOW)).as("a date past").contains(Duration.ZERO);
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    }

    @Test
    void backsOffExponentiallyWithJitterUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1));
        for (int i = 0; i < 50; i++) {
            assertThat(backoff.before(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(backoff.before(3)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
            assertThat(backoff.before(10)).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(1));
        }
    }
}
