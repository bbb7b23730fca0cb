package io.vigint.http.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The common part of the Bucket4j limiters. A budget of N a minute is a bucket of capacity N refilled
 * <em>intervally</em>: all N tokens come back at once a minute after the bucket's window started, so no
 * more than N requests are ever accepted within one window (a greedy refill would hand out a token every
 * 60/N seconds, letting the 61st request of a slow minute through). Buckets are stored under
 * {@code key + ":" + limit}, so a changed limit starts a fresh bucket at the new capacity.
 */
abstract class Bucket4jRateLimiter implements RateLimiter {
    /** The window of every budget. */
    static final Duration WINDOW = Duration.ofMinutes(1);

    /** How long a stored bucket outlives the moment it would be full again (then it equals a new one). */
    static final ExpirationAfterWriteStrategy EXPIRATION =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));

    /** Configurations by limit: there are few distinct limits, and building one costs on every request. */
    private final Map<Integer, BucketConfiguration> configurations = new ConcurrentHashMap<>();

    @Override
    public final RateLimitDecision tryConsume(String key, int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("the limit must be positive: " + perMinute);
        }
        ConsumptionProbe probe =
                bucket(key + ":" + perMinute, configurationFor(perMinute)).tryConsumeAndReturnRemaining(1);
        long reset = seconds(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new RateLimitDecision(true, perMinute, probe.getRemainingTokens(), reset, 0);
        }
        return new RateLimitDecision(false, perMinute, 0, reset, Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** The bucket stored under {@code storageKey}, created with {@code configuration} if absent. */
    abstract Bucket bucket(String storageKey, BucketConfiguration configuration);

    private BucketConfiguration configurationFor(int perMinute) {
        if (configurations.size() > 10_000) {
            configurations.clear();
        }
        return configurations.computeIfAbsent(perMinute, Bucket4jRateLimiter::configuration);
    }

    static BucketConfiguration configuration(int perMinute) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, WINDOW))
                .build();
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
