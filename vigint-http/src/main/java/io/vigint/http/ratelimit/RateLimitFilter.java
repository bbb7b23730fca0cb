package io.vigint.http.ratelimit;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.ErrorEnvelope;
import io.vigint.http.metrics.VigintMetrics;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits each authenticated client (the {@link ClientPrincipal} the authentication filter stored) to its
 * requests per minute. Every limited response carries {@code RateLimit-Limit}, {@code RateLimit-Remaining}
 * and {@code RateLimit-Reset} (seconds); a request over the limit gets 429 {@code RATE_LIMITED} with
 * {@code Retry-After} (seconds). Requests without a principal are not limited here. If the bucket store
 * fails (Redis or PostgreSQL away) the request is let through and a warning logged, at most every 10 s.
 */
@Priority(Priorities.AUTHORIZATION + 100)
public final class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** Request property holding this request's {@link RateLimitDecision}. */
    public static final String DECISION_PROPERTY = "vigint.rateLimit";

    public static final String LIMIT_HEADER = "RateLimit-Limit";
    public static final String REMAINING_HEADER = "RateLimit-Remaining";
    public static final String RESET_HEADER = "RateLimit-Reset";
    public static final String RETRY_AFTER_HEADER = "Retry-After";

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final RateLimiter limiter;
    private final ClientRateLimits limits;
    private final VigintMetrics metrics;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    /**
     * @param limiter where budgets are counted (see {@link RateLimiters#create})
     * @param limits each client's limit
     * @param metrics counts refused requests
     */
    public RateLimitFilter(RateLimiter limiter, ClientRateLimits limits, VigintMetrics metrics) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getProperty(ClientPrincipal.PROPERTY) instanceof ClientPrincipal principal)) {
            return;
        }
        RateLimitDecision decision;
        try {
            decision = limiter.tryConsume(
                    "client:" + principal.client().id().value(),
                    limits.perMinute(principal.client().id()));
        } catch (RuntimeException e) {
            warn(e);
            return;
        }
        request.setProperty(DECISION_PROPERTY, decision);
        if (!decision.allowed()) {
            metrics.rateLimited();
            Response.ResponseBuilder refusal = ErrorEnvelope.response(
                            CoreErrorCode.RATE_LIMITED,
                            "Rate limit of " + decision.limit() + " requests per minute exceeded; retry in "
                                    + decision.retryAfterSeconds() + " s",
                            Map.of("limit", decision.limit(), "retry_after_seconds", decision.retryAfterSeconds()))
                    .header(RETRY_AFTER_HEADER, decision.retryAfterSeconds());
            request.abortWith(withHeaders(refusal, decision).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION_PROPERTY) instanceof RateLimitDecision decision) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle(LIMIT_HEADER, decision.limit());
            headers.putSingle(REMAINING_HEADER, decision.remaining());
            headers.putSingle(RESET_HEADER, decision.resetSeconds());
            if (!decision.allowed()) {
                headers.putSingle(RETRY_AFTER_HEADER, decision.retryAfterSeconds());
            }
        }
    }

    private static Response.ResponseBuilder withHeaders(Response.ResponseBuilder builder, RateLimitDecision d) {
        return builder.header(LIMIT_HEADER, d.limit())
                .header(REMAINING_HEADER, d.remaining())
                .header(RESET_HEADER, d.resetSeconds());
    }

    private void warn(RuntimeException e) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.warn("Rate limiting is unavailable, letting requests through: {}", e.toString());
        }
    }
}
