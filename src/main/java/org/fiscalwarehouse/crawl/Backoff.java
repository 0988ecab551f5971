package org.fiscalwarehouse.crawl;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: before retry n the crawler waits between half and all of base·2ⁿ⁻¹ (capped), so
 * that several workers that failed together do not come back together.
 */
public record Backoff(Duration base, Duration max) {

    /** The wait before the given retry (1 = the first retry). */
    public Duration before(int retry) {
        long ceiling = base.toMillis() << Math.min(Math.max(retry - 1, 0), 20);
        long capped = Math.min(Math.max(ceiling, 0), max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (capped - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped - half + 1)));
    }
}
