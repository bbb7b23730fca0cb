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
 * The common part of the Bucket4j limiters. A {@link Budget} of N a minute is a bucket of capacity N refilled
 * <em>intervally</em>: all N tokens come back at once a minute after the bucket's window started, so no
 * more than N requests are ever accepted within one window (a greedy refill would hand out a token every
 * 60/N seconds, letting the 61st request of a slow minute through). A rate a second (the ingest limits) is
 * refilled greedily, a token every 1/rate seconds. Buckets are stored under {@code key + ":" + budget id},
 * so a changed limit starts a fresh bucket at the new capacity.
 */
abstract class Bucket4jRateLimiter implements RateLimiter {
    /** The window of every per-minute budget. */
    static final Duration WINDOW = Budget.MINUTE;

    /** How long a stored bucket outlives the moment it would be full again (then it equals a new one). */
    static final ExpirationAfterWriteStrategy EXPIRATION =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));

    /** Configurations by budget: there are few distinct budgets, and building one costs on every request. */
    private final Map<Budget, BucketConfiguration> configurations = new ConcurrentHashMap<>();

    @Override
    public final RateLimitDecision tryConsume(String key, Budget budget, long tokens) {
        if (tokens < 1 || tokens > budget.capacity()) {
            throw new IllegalArgumentException(
                    "tokens must be from 1 to the capacity " + budget.capacity() + ": " + tokens);
        }
        return decide(bucket(key, budget), budget, tokens);
    }

    @Override
    public final RateLimitDecision tryConsume(BucketKey key, long tokens) {
        Budget budget = key.budget();
        if (tokens < 1 || tokens > budget.capacity()) {
            throw new IllegalArgumentException(
                    "tokens must be from 1 to the capacity " + budget.capacity() + ": " + tokens);
        }
        return decide(bucket(key.storageKey(), key.configuration()), budget, tokens);
    }

    private static RateLimitDecision decide(Bucket bucket, Budget budget, long tokens) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(tokens);
        long reset = seconds(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new RateLimitDecision(true, budget.capacity(), probe.getRemainingTokens(), reset, 0);
        }
        return new RateLimitDecision(
                false,
                budget.capacity(),
                probe.getRemainingTokens(),
                reset,
                Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    @Override
    public final void refund(String key, Budget budget, long tokens) {
        if (tokens > 0) {
            bucket(key, budget).addTokens(Math.min(tokens, budget.capacity()));
        }
    }

    private Bucket bucket(String key, Budget budget) {
        return bucket(key + ":" + budget.id(), configurationFor(budget));
    }

    /** The bucket stored under {@code storageKey}, created with {@code configuration} if absent. */
    abstract Bucket bucket(String storageKey, BucketConfiguration configuration);

    private BucketConfiguration configurationFor(Budget budget) {
        if (configurations.size() > 10_000) {
            configurations.clear();
        }
        return configurations.computeIfAbsent(budget, Bucket4jRateLimiter::configuration);
    }

    static BucketConfiguration configuration(Budget budget) {
        return BucketConfiguration.builder()
                .addLimit(limit -> {
                    var capacity = limit.capacity(budget.capacity());
                    return budget.intervally()
                            ? capacity.refillIntervally(budget.refillTokens(), budget.refillPeriod())
                            : capacity.refillGreedy(budget.refillTokens(), budget.refillPeriod());
                })
                .build();
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
