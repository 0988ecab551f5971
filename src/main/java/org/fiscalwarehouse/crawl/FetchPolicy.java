package org.fiscalwarehouse.crawl;

import java.time.Duration;

/**
 * How politely and patiently the crawler talks to a host.
 *
 * @param userAgent          sent with every request; its product token is the name robots.txt rules are matched on
 * @param connectTimeout     to open a connection
 * @param readTimeout        for the response headers, and for any pause while the body arrives
 * @param maxAttempts        tries per request, counting the first (5xx, 429, timeouts, broken transfers are retried)
 * @param backoff            wait before the first retry; doubled for each further one, with jitter
 * @param maxBackoff         the longest wait between retries
 * @param maxRetryWait       the longest Retry-After the crawler honours; a longer one gives the file up for this run
 * @param perHostDelay       least time between the starts of two requests to one host (robots.txt Crawl-delay wins
 *                           when longer)
 * @param maxInFlightPerHost requests open to one host at once
 * @param maxRedirects       redirects followed per request
 */
public record FetchPolicy(String userAgent, Duration connectTimeout, Duration readTimeout, int maxAttempts,
                          Duration backoff, Duration maxBackoff, Duration maxRetryWait, Duration perHostDelay,
                          int maxInFlightPerHost, int maxRedirects) {

    public static final String USER_AGENT =
            "fiscal-warehouse/0.1 (budget and final-account disclosure crawler; nightly, polite; see README)";

    public static final FetchPolicy DEFAULT = new FetchPolicy(USER_AGENT, Duration.ofSeconds(10),
            Duration.ofSeconds(60), 4, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofSeconds(2), 2, 5);

    public FetchPolicy {
        if (maxAttempts < 1 || maxInFlightPerHost < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("attempts and requests in flight must be at least 1, redirects 0");
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("a crawler must say who it is: user_agent is empty");
        }
    }

    /** The name robots.txt groups are matched against: the User-Agent's product token, lower case. */
    public String robotName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(java.util.Locale.ROOT);
    }
}
