package io.vigint.http.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.vigint.http.auth.AuthFailureListener;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Throttles failed authentication per remote address, in this process: an address may fail N times a
 * minute (a Bucket4j bucket of N refilled intervally, as for client limits); after that it is blocked
 * until its minute is over. Up to 100,000 addresses are tracked; an address idle for two minutes is
 * forgotten (its bucket would be full again anyway).
 */
public final class AuthFailureThrottle implements AuthFailureListener {
    private final int failuresPerMinute;
    private final Cache<String, Bucket> buckets;

    /** A throttle allowing {@link RateLimitSettings#authFailuresPerMinute()} failures a minute. */
    public AuthFailureThrottle(RateLimitSettings settings) {
        this(settings.authFailuresPerMinute());
    }

    public AuthFailureThrottle(int failuresPerMinute) {
        if (failuresPerMinute < 1) {
            throw new IllegalArgumentException("failuresPerMinute must be positive: " + failuresPerMinute);
        }
        this.failuresPerMinute = failuresPerMinute;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(Duration.ofMinutes(2))
                .build();
    }

    @Override
    public void authenticationFailed(String remoteAddress) {
        buckets.get(remoteAddress, address -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(failuresPerMinute)
                                .refillIntervally(failuresPerMinute, Bucket4jRateLimiter.WINDOW))
                        .build())
                .tryConsume(1);
    }

    @Override
    public boolean isBlocked(String remoteAddress) {
        Bucket bucket = buckets.getIfPresent(remoteAddress);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    @Override
    public long retryAfterSeconds(String remoteAddress) {
        Bucket bucket = buckets.getIfPresent(remoteAddress);
        if (bucket == null) {
            return 1;
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
