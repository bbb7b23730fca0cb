package io.vigint.http.ratelimit;

import io.vigint.core.usage.PriceList;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.error.VigintExceptionMapper;
import io.vigint.http.gate.CallLimits;
import io.vigint.http.gate.GateRoute;
import io.vigint.http.gate.JerseyRoutes;
import io.vigint.http.gate.RateLimitHeaders;
import io.vigint.http.metrics.VigintMetrics;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * Limits each authenticated client (the {@link ClientPrincipal} the authentication filter stored) to its API
 * calls per minute ({@value #REQUESTS_LIMIT}). Every limited response carries {@code RateLimit-Limit}, {@code
 * RateLimit-Remaining} and {@code RateLimit-Reset} (seconds); a request over the limit gets 429 {@code
 * RATE_LIMITED} with {@code Retry-After} (seconds) and {@code details.limit_name}. Requests without a
 * principal are not limited here, and neither are the frame-ingest routes ({@link PriceList#isIngest}): they
 * have their own limits ({@link IngestGate}), whose decision this filter's response side turns into the same
 * headers. If the bucket store fails (Redis or PostgreSQL away) the request is let through and a warning
 * logged, at most every 10 s. The limit itself is {@link CallLimits}, which a handler in front of Jersey shares.
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

    private final CallLimits calls;

    /**
     * @param limiter where budgets are counted (see {@link RateLimiters#create})
     * @param limits each client's limit
     * @param metrics counts refused requests
     */
    public RateLimitFilter(RateLimiter limiter, ClientRateLimits limits, VigintMetrics metrics) {
        this(new CallLimits(limiter, limits, metrics));
    }

    /** A filter applying {@code calls} (the limits a handler in front of Jersey shares). */
    public RateLimitFilter(CallLimits calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getProperty(ClientPrincipal.PROPERTY) instanceof ClientPrincipal principal)) {
            return;
        }
        GateRoute route = JerseyRoutes.of(request);
        if (route != null && route.ingest()) {
            return;
        }
        RateLimitDecision decision = calls.admit(principal);
        if (decision == null) {
            return;
        }
        request.setProperty(DECISION_PROPERTY, decision);
        if (!decision.allowed()) {
            Response.ResponseBuilder refusal = VigintExceptionMapper.toResponseBuilder(CallLimits.refusal(decision));
            RateLimitHeaders.writeLimits(decision, refusal::header);
            request.abortWith(refusal.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION_PROPERTY) instanceof RateLimitDecision decision) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            RateLimitHeaders.write(decision, headers::putSingle);
        }
    }
}
