package io.vigint.http.logging;

import io.vigint.core.operator.OperatorKey;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.RequestProperties;
import io.vigint.http.gate.RequestIds;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id and writes the access log. The id is the caller's {@value #HEADER} when
 * it is 1-64 characters of {@code [A-Za-z0-9._-]}, else a new UUID; it is echoed on every response
 * (errors included), stored as {@link RequestProperties#REQUEST_ID} and put in the MDC as
 * {@value #MDC_KEY} so every log line of the request carries it.
 *
 * <p>The access log (SLF4J logger {@value #ACCESS_LOGGER}) has one line per request: method, path
 * without the query string, status, duration, client (or operator key) id and request id. It never
 * holds headers, query strings or bodies, so keys, tokens and passwords cannot reach it; a secret pasted
 * into the path is masked.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** The request and response header carrying the id. */
    public static final String HEADER = "X-Request-Id";
    /** The MDC key of the id. */
    public static final String MDC_KEY = "request_id";
    /** The access log's logger name. */
    public static final String ACCESS_LOGGER = "vigint.access";

    private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOGGER);
    private static final Pattern SECRET = Pattern.compile("(vg[a-z]_)[A-Za-z0-9_-]{4,}");
    private static final int MAX_LOGGED_PATH = 200;

    @Context
    private Provider<Request> grizzlyRequest;

    @Inject
    public RequestIdFilter() {}

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(RequestProperties.START_NANOS, System.nanoTime());
        String id = RequestIds.idFor(request.getHeaderString(HEADER));
        request.setProperty(RequestProperties.REQUEST_ID, id);
        MDC.put(MDC_KEY, id);
        if (request.getProperty(RequestProperties.GRIZZLY_REQUEST) == null) {
            // Not served by VigintServer (a test's bare Grizzly server): look the peer up the slow way.
            String remote = remoteAddress();
            if (remote != null) {
                request.setProperty(RequestProperties.REMOTE_ADDRESS, remote);
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(RequestProperties.REQUEST_ID);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        try {
            if (ACCESS.isInfoEnabled()) {
                ACCESS.info(
                        "method={} path={} status={} duration_ms={} client={} request_id={}",
                        request.getMethod(),
                        loggablePath(request.getUriInfo().getRequestUri().getRawPath()),
                        response.getStatus(),
                        durationMillis(request),
                        caller(request),
                        id);
            }
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /**
     * A random UUID (version 4 layout) from a per-thread generator: request ids must be unique, not
     * unguessable, and {@link java.util.UUID#randomUUID()} would serialise every request on one SecureRandom.
     */
    static String newId() {
        return RequestIds.newId();
    }

    private String remoteAddress() {
        try {
            Request r = grizzlyRequest == null ? null : grizzlyRequest.get();
            return r == null ? null : r.getRemoteAddr();
        } catch (RuntimeException notOnGrizzly) {
            return null;
        }
    }

    /** The path as logged: secrets masked, at most {@value #MAX_LOGGED_PATH} characters. */
    static String loggablePath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String masked = SECRET.matcher(rawPath).replaceAll("$1***");
        return masked.length() > MAX_LOGGED_PATH ? masked.substring(0, MAX_LOGGED_PATH) + "…" : masked;
    }

    private static long durationMillis(ContainerRequestContext request) {
        return request.getProperty(RequestProperties.START_NANOS) instanceof Long start
                ? (System.nanoTime() - start) / 1_000_000
                : -1;
    }

    private static String caller(ContainerRequestContext request) {
        if (request.getProperty(ClientPrincipal.PROPERTY) instanceof ClientPrincipal principal) {
            return Long.toString(principal.client().id().value());
        }
        if (request.getProperty(RequestProperties.OPERATOR) instanceof OperatorKey operator) {
            return "operator:" + operator.id();
        }
        return "-";
    }
}
