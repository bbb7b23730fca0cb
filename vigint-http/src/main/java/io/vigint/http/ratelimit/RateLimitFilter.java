package io.vigint.http.ratelimit;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.usage.PriceList;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.ErrorEnvelope;
import io.vigint.http.MatchedTemplate;
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
import org.slf4j.LoggerFactory;

/**
 * Limits each authenticated client (the {@link ClientPrincipal} the authentication filter stored) to its API
 * calls per minute ({@value #REQUESTS_LIMIT}). Every limited response carries {@code RateLimit-Limit}, {@code
 * RateLimit-Remaining} and {@code RateLimit-Reset} (seconds); a request over the limit gets 429 {@code
 * RATE_LIMITED} with {@code Retry-After} (seconds) and {@code details.limit_name}. Requests without a
 * principal are not limited here, and neither are the frame-ingest routes ({@link PriceList#isIngest}): they
 * have their own limits ({@link IngestGate}), whose decision this filter's response side turns into the same
 * headers. If the bucket store fails (Redis or PostgreSQL away) the request is let through and a warning
 * logged, at most every 10 s.
 */
@Priority(Priorities.AUTHORIZATION + 100)
public final class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** Request property holding this request's {@link RateLimitDecision}. */
    public static final String DECISION_PROPERTY = "vigint.rateLimit";

    public static final String LIMIT_HEADER = "RateLimit-Limit";
    public static final String REMAINING_HEADER = "RateLimit-Remaining";
    public static final String RESET_HEADER = "RateLimit-Reset";
    public static final String RETRY_AFTER_HEADER = "Retry-After";

    /** The detail of a 429 that names the limit hit (stable values, documented in docs/security.md). */
    public static final String LIMIT_NAME_DETAIL = "limit_name";
    /** The name of the API-call limit in {@value #LIMIT_NAME_DETAIL}. */
    public static final String REQUESTS_LIMIT = "requests_per_minute";

    private final RateLimiter limiter;
    private final ClientRateLimits limits;
    private final VigintMetrics metrics;
    private final LimiterOutage outage = new LimiterOutage(LoggerFactory.getLogger(RateLimitFilter.class));

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
        if (!(request.getProperty(ClientPrincipal.PROPERTY) instanceof ClientPrincipal principal)
                || MatchedTemplate.of(request.getUriInfo())
                        .filter(PriceList::isIngest)
                        .isPresent()) {
            return;
        }
        RateLimitDecision decision;
        try {
            decision = limiter.tryConsume(
                    "client:" + principal.client().id().value(),
                    limits.perMinute(principal.client().id()));
        } catch (RuntimeException e) {
            outage.letThrough(e);
            return;
        }
        request.setProperty(DECISION_PROPERTY, decision);
        if (!decision.allowed()) {
            metrics.rateLimited();
            Response.ResponseBuilder refusal = ErrorEnvelope.response(
                            CoreErrorCode.RATE_LIMITED,
                            "Rate limit of " + decision.limit() + " requests per minute exceeded; retry in "
                                    + decision.retryAfterSeconds() + " s",
                            Map.of(
                                    LIMIT_NAME_DETAIL,
                                    REQUESTS_LIMIT,
                                    "limit",
                                    decision.limit(),
                                    "retry_after_seconds",
                                    decision.retryAfterSeconds()))
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
}
