package io.vigint.http.metrics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Objects;

/** {@code GET /metrics}: the registry in the Prometheus text format. */
@Path("/metrics")
public final class MetricsResource {
    /** The media type of the Prometheus text format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final VigintMetrics metrics;

    public MetricsResource(VigintMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** Everything the registry holds. */
    @GET
    @Produces(CONTENT_TYPE)
    public String scrape() {
        return metrics.scrape();
    }
}
