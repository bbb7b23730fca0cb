package io.vigint.http.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * Buckets in this process (the default): fast, but each server counts on its own. Idle buckets are
 * dropped after two minutes, by which time they would be full anyway; at most {@code maxBuckets} are kept.
 */
public final class LocalRateLimiter extends Bucket4jRateLimiter {
    private final Cache<String, Bucket> buckets;
    private final TimeMeter time;

    /** A limiter keeping up to 1,000,000 buckets. */
    public LocalRateLimiter() {
        this(1_000_000);
    }

    public LocalRateLimiter(long maxBuckets) {
        this(maxBuckets, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** A limiter whose buckets refill by {@code time} (tests pass a clock they move by hand). */
    LocalRateLimiter(long maxBuckets, TimeMeter time) {
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxBuckets)
                .expireAfterAccess(WINDOW.plus(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    Bucket bucket(String storageKey, BucketConfiguration configuration) {
        Bucket known = buckets.getIfPresent(storageKey);
        if (known != null) {
            return known;
        }
        return buckets.get(storageKey, k -> Bucket.builder()
                .addLimit(configuration.getBandwidths()[0])
                .withCustomTimePrecision(time)
                .build());
    }

    @Override
    public void close() {
        buckets.invalidateAll();
    }
}
