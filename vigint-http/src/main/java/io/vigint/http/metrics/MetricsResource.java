package io.vigint.http.metrics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Objects;

/** {@code GET /metrics}: the registry in the Prometheus text format. */
@Tag(name = "Operations", description = "Prometheus metrics of this server")
@Path("/metrics")
public final class MetricsResource {
    /** The media type of the Prometheus text format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final VigintMetrics metrics;

    public MetricsResource(VigintMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** Everything the registry holds. */
    @Operation(operationId = "getMetrics", summary = "Prometheus metrics (text exposition format)")
    @ApiResponse(responseCode = "200", ref = "Metrics")
    @GET
    @Produces(CONTENT_TYPE)
    public String scrape() {
        return metrics.scrape();
    }
}
