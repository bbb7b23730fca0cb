package io.vigint.http.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import java.util.Objects;

/**
 * A bucket's key and budget with what the limiters derive from them made once: its storage key ({@code key +
 * ":" + budget id}, see {@link Bucket4jRateLimiter}) and its Bucket4j configuration. Keep one per client and
 * budget (as {@link ClientRateLimits} does for the API-call limit) so a request builds no string to find its
 * bucket.
 */
public final class BucketKey {
    private final String key;
    private final Budget budget;
    private final String storageKey;
    private BucketConfiguration configuration;

    /** The bucket of {@code key} shaped by {@code budget}. */
    public BucketKey(String key, Budget budget) {
        this.key = Objects.requireNonNull(key, "key");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.storageKey = key + ":" + budget.id();
    }

    /** The key given to {@link RateLimiter#tryConsume(String, Budget, long)}. */
    public String key() {
        return key;
    }

    public Budget budget() {
        return budget;
    }

    String storageKey() {
        return storageKey;
    }

    /** The configuration of {@link #budget()}, made on first use (a race makes it twice, equal). */
    BucketConfiguration configuration() {
        BucketConfiguration made = configuration;
        if (made == null) {
            made = Bucket4jRateLimiter.configuration(budget);
            configuration = made;
        }
        return made;
    }

    @Override
    public String toString() {
        return storageKey;
    }
}
