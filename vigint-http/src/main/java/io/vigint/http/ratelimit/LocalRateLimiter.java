package io.vigint.http.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * Buckets in this process (the default): fast, but each server counts on its own. Idle buckets are
 * dropped after two minutes, by which time they would be full anyway; at most {@code maxBuckets} are kept.
 */
public final class LocalRateLimiter extends Bucket4jRateLimiter {
    private final Cache<String, Bucket> buckets;

    /** A limiter keeping up to 1,000,000 buckets. */
    public LocalRateLimiter() {
        this(1_000_000);
    }

    public LocalRateLimiter(long maxBuckets) {
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxBuckets)
                .expireAfterAccess(WINDOW.plus(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    Bucket bucket(String storageKey, BucketConfiguration configuration) {
        return buckets.get(
                storageKey,
                k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
    }

    @Override
    public void close() {
        buckets.invalidateAll();
    }
}
