package io.vigint.http.gate;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.error.VigintExceptionMapper;
import io.vigint.http.metrics.VigintMetrics;
import io.vigint.http.ratelimit.ClientRateLimits;
import io.vigint.http.ratelimit.RateLimitDecision;
import io.vigint.http.ratelimit.RateLimitFilter;
import io.vigint.http.ratelimit.RateLimiter;
import io.vigint.http.ratelimit.RateLimiters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-minute API-call limit of each client (its own setting, or the server default: {@link
 * ClientRateLimits}), as {@link RateLimitFilter} applies it to every authenticated request but frame ingest
 * (which has the {@link io.vigint.http.ratelimit.IngestGate} instead). If the bucket store fails (Redis or
 * PostgreSQL away) the request is let through and a warning logged, at most every 10 s.
 */
public final class CallLimits {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final long WARN_EVERY_NANOS = 10_000_000_000L;

    private final RateLimiter limiter;
    private final ClientRateLimits limits;
    private final VigintMetrics metrics;
    private volatile long lastWarning = System.nanoTime() - WARN_EVERY_NANOS;

    /**
     * @param limiter where budgets are counted (see {@link RateLimiters#create})
     * @param limits each client's limit
     * @param metrics counts refused requests
     */
    public CallLimits(RateLimiter limiter, ClientRateLimits limits, VigintMetrics metrics) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Takes one call from {@code principal}'s budget. The decision's headers go on the answer either way ({@link
     * RateLimitHeaders}); a refused one is answered with {@link #refusal}.
     *
     * @return the decision, or {@code null} when the limiter is unavailable (the call is let through, no headers)
     */
    public RateLimitDecision admit(ClientPrincipal principal) {
        RateLimitDecision decision;
        try {
            decision = limiter.tryConsume(
                    "client:" + principal.client().id().value(),
                    limits.perMinute(principal.client().id()));
        } catch (RuntimeException e) {
            letThrough(e);
            return null;
        }
        if (!decision.allowed()) {
            metrics.rateLimited();
        }
        return decision;
    }

    /**
     * The 429 {@code RATE_LIMITED} of a refused call: {@code details.limit_name} {@value
     * RateLimitFilter#REQUESTS_LIMIT}, the limit, and {@code retry_after_seconds} (which the error answer turns
     * into {@code Retry-After}).
     */
    public static VigintException refusal(RateLimitDecision decision) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(RateLimitFilter.LIMIT_NAME_DETAIL, RateLimitFilter.REQUESTS_LIMIT);
        details.put("limit", decision.limit());
        details.put(VigintExceptionMapper.RETRY_AFTER_DETAIL, decision.retryAfterSeconds());
        return new VigintException(
                CoreErrorCode.RATE_LIMITED,
                "Rate limit of " + decision.limit() + " requests per minute exceeded; retry in "
                        + decision.retryAfterSeconds() + " s",
                details);
    }

    private void letThrough(RuntimeException e) {
        long now = System.nanoTime();
        long last = lastWarning;
        if (now - last >= WARN_EVERY_NANOS) {
            lastWarning = now;
            LOG.warn("Rate limiting is unavailable, letting requests through: {}", e.toString());
        }
    }
}
