package io.vigint.http.ratelimit;

/**
 * Counts requests against per-key budgets of N requests a minute. Every implementation is thread-safe;
 * the shared ones (PostgreSQL, Redis) give one budget per key to all servers using the same store.
 */
public interface RateLimiter extends AutoCloseable {
    /**
     * Takes one request from the budget of {@code key} whose limit is {@code perMinute}. A key whose
     * limit changes gets a fresh budget at the new limit.
     */
    RateLimitDecision tryConsume(String key, int perMinute);

    /** Releases connections and threads; the limiter is unusable afterwards. */
    @Override
    void close();
}
