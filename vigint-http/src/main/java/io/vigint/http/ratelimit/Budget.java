package io.vigint.http.ratelimit;

import java.time.Duration;

/**
 * The shape of one bucket: how many tokens it holds and how they come back.
 *
 * <ul>
 *   <li>{@link #perMinute(int)}: N requests a minute, refilled <em>intervally</em> (all N at once, a minute
 *       after the window started), so no more than N are ever accepted within one window. The API-call limit.
 *   <li>{@link #perSecond(long, int)}: a rate R a second with a burst of B seconds: capacity R × B, refilled
 *       <em>greedily</em> (a token every 1/R s), so a steady R a second never empties it and a pause lets up
 *       to B seconds' worth through at once. The ingest limits (frames, bytes).
 * </ul>
 *
 * @param capacity tokens the full bucket holds (what {@code RateLimit-Limit} reports)
 * @param refillTokens tokens that come back every {@code refillPeriod}
 * @param refillPeriod the refill period
 * @param intervally whether tokens come back all at once at the end of each period (else one by one)
 */
public record Budget(long capacity, long refillTokens, Duration refillPeriod, boolean intervally) {
    /** The period of {@link #perMinute}. */
    public static final Duration MINUTE = Duration.ofMinutes(1);

    public Budget {
        if (capacity < 1 || refillTokens < 1) {
            throw new IllegalArgumentException("the limit must be positive: " + capacity + ", " + refillTokens);
        }
        if (refillPeriod == null || refillPeriod.isNegative() || refillPeriod.isZero()) {
            throw new IllegalArgumentException("the refill period must be positive: " + refillPeriod);
        }
    }

    /** {@code perMinute} requests a minute, all refilled at once when the minute's window ends. */
    public static Budget perMinute(int perMinute) {
        return new Budget(perMinute, perMinute, MINUTE, true);
    }

    /**
     * {@code perSecond} tokens a second, refilled one by one, holding {@code burstSeconds} seconds' worth.
     *
     * @throws ArithmeticException if the capacity overflows a {@code long}
     */
    public static Budget perSecond(long perSecond, int burstSeconds) {
        if (burstSeconds < 1) {
            throw new IllegalArgumentException("the burst must be at least one second: " + burstSeconds);
        }
        return new Budget(Math.multiplyExact(perSecond, burstSeconds), perSecond, Duration.ofSeconds(1), false);
    }

    /**
     * How buckets of this shape are told apart in the store: a changed shape starts a fresh bucket. A
     * per-minute budget is its limit alone ({@code 60}), as before per-second budgets existed.
     */
    String id() {
        if (intervally && refillPeriod.equals(MINUTE) && capacity == refillTokens) {
            return Long.toString(capacity);
        }
        return (intervally ? "i" : "g") + refillTokens + "/" + refillPeriod.toMillis() + "ms" + "+" + capacity;
    }
}
