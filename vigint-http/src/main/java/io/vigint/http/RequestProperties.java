package io.vigint.http;

/**
 * Names of the request properties the server's filters set for everything after them (resources,
 * rate limits, idempotency, metrics). {@link ClientPrincipal#PROPERTY} holds the authenticated client.
 */
public final class RequestProperties {
    /** The request id (a {@link String}), also sent as {@code X-Request-Id} and logged as MDC {@code request_id}. */
    public static final String REQUEST_ID = "vigint.request_id";

    /**
     * The peer's IP address (a {@link String}) when the request is not served by {@link
     * io.vigint.http.server.VigintServer} (which sets {@link #GRIZZLY_REQUEST} instead); proxies' forwarding
     * headers are not trusted.
     */
    public static final String REMOTE_ADDRESS = "vigint.remote_address";

    /**
     * The Grizzly request ({@code org.glassfish.grizzly.http.server.Request}) of a request served by {@link
     * io.vigint.http.server.VigintServer}, set before Jersey runs; read the peer's address with {@link
     * io.vigint.http.auth.Throttling#remoteAddress}.
     */
    public static final String GRIZZLY_REQUEST = "vigint.grizzly_request";

    /** {@link System#nanoTime()} when the request entered the server (a {@link Long}). */
    public static final String START_NANOS = "vigint.start_nanos";

    /** The operator key of an admin request (an {@link io.vigint.core.operator.OperatorKey}). */
    public static final String OPERATOR = "vigint.operator";

    /**
     * How many billable things a call did (an {@link Integer}), set by a resource whose price is per thing:
     * {@code POST /api/video/multi-source/analyze} sets the number of sources it analyzed. Metering charges
     * the endpoint's base price that many times; absent, once.
     */
    public static final String BILLABLE_UNITS = "vigint.billable_units";

    private RequestProperties() {}
}
