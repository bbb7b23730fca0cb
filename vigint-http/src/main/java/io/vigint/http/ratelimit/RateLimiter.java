package io.vigint.http.ratelimit;

/**
 * Counts requests against per-key budgets ({@link Budget}: N requests a minute, or a rate a second with a
 * burst). Every implementation is thread-safe; the shared ones (PostgreSQL, Redis) give one budget per key to
 * all servers using the same store.
 */
public interface RateLimiter extends AutoCloseable {
    /**
     * Takes {@code tokens} from the bucket of {@code key} shaped by {@code budget}, or nothing if it has fewer.
     * A key whose budget changes gets a fresh, full bucket of the new shape.
     *
     * @throws IllegalArgumentException if {@code tokens} is not positive or exceeds the budget's capacity (such
     *     a request could never be allowed)
     */
    RateLimitDecision tryConsume(String key, Budget budget, long tokens);

    /**
     * {@link #tryConsume(String, Budget, long)} of {@code bucket}'s key and budget; the Bucket4j limiters use what
     * {@code bucket} has made once instead of building the storage key again.
     */
    default RateLimitDecision tryConsume(BucketKey bucket, long tokens) {
        return tryConsume(bucket.key(), bucket.budget(), tokens);
    }

    /**
     * Takes one request from the budget of {@code key} whose limit is {@code perMinute} requests a minute.
     */
    default RateLimitDecision tryConsume(String key, int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("the limit must be positive: " + perMinute);
        }
        return tryConsume(key, Budget.perMinute(perMinute), 1);
    }

    /**
     * Gives back {@code tokens} taken by an allowed {@link #tryConsume} whose request was refused by another
     * limit after all (never more than the bucket's capacity).
     */
    void refund(String key, Budget budget, long tokens);

    /** Releases connections and threads; the limiter is unusable afterwards. */
    @Override
    void close();
}
