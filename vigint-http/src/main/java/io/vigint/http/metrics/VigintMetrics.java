package io.vigint.http.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vigint.core.error.ErrorCode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The server's metrics and the one place that names them. In the Prometheus exposition they are
 * {@code http_server_requests_seconds{method,route,status}} (a histogram), {@code
 * vigint_auth_failures_total{reason}} and {@code vigint_rate_limited_total}. Thread-safe; share one instance.
 */
public final class VigintMetrics {
    /** Micrometer name of the request timer. */
    public static final String REQUESTS = "http.server.requests";
    /** Micrometer name of the failed-authentication counter. */
    public static final String AUTH_FAILURES = "vigint.auth.failures";
    /** Micrometer name of the rate-limited-request counter. */
    public static final String RATE_LIMITED = "vigint.rate.limited";
    /** The route tag of requests that matched no resource (so unknown paths cannot grow the series). */
    public static final String UNMATCHED_ROUTE = "UNMATCHED";

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Pattern REASON = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10)
    };

    private static final int MAX_CACHED_TIMERS = 10_000;

    private final PrometheusMeterRegistry registry;
    private final Counter rateLimited;
    /** The request timers made so far: building one (tags, id, registry lookup) costs on every request. */
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private record TimerKey(String method, String route, int status) {}

    /** Metrics in a new Prometheus registry. */
    public VigintMetrics() {
        this(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /** Metrics in {@code registry}. */
    public VigintMetrics(PrometheusMeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.rateLimited = Counter.builder(RATE_LIMITED)
                .description("Requests refused because the client exceeded its rate limit")
                .register(registry);
    }

    /** The registry, for binding more meters. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /**
     * Counts a failed authentication. {@code reason} should be an error code name such as
     * {@code INVALID_API_KEY}; anything else that is not a short word is counted as {@code OTHER}.
     */
    public void authFailed(String reason) {
        String tag = reason != null && REASON.matcher(reason).matches() ? reason : "OTHER";
        Counter.builder(AUTH_FAILURES)
                .description("Failed authentications, by reason")
                .tag("reason", tag)
                .register(registry)
                .increment();
    }

    /** Counts a failed authentication with the error code the client got. */
    public void authFailed(ErrorCode code) {
        authFailed(code.name());
    }

    /** Counts a request refused by the rate limit. */
    public void rateLimited() {
        rateLimited.increment();
    }

    /** Records one served request; unknown methods are tagged {@code OTHER}. */
    public void requestServed(String method, String route, int status, long nanos) {
        String methodTag = method != null && METHODS.contains(method) ? method : methodTag(method);
        TimerKey key = new TimerKey(methodTag, route == null ? UNMATCHED_ROUTE : route, status);
        Timer timer = timers.get(key);
        if (timer == null) {
            if (timers.size() >= MAX_CACHED_TIMERS) {
                timers.clear();
            }
            timer = timers.computeIfAbsent(key, k -> Timer.builder(REQUESTS)
                    .description("HTTP requests by method, route template and status")
                    .tag("method", k.method())
                    .tag("route", k.route())
                    .tag("status", Integer.toString(k.status()))
                    .serviceLevelObjectives(LATENCY_BUCKETS)
                    .register(registry));
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    private static String methodTag(String method) {
        return method != null && METHODS.contains(method.toUpperCase(Locale.ROOT))
                ? method.toUpperCase(Locale.ROOT)
                : "OTHER";
    }

    /** The metrics in the Prometheus text format 0.0.4. */
    public String scrape() {
        return registry.scrape();
    }
}
