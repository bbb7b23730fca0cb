package io.vigint.http.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.http.json.HealthView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/**
 * {@code GET /api/health} (the seeds' health check; {@code GET /health} is the same, for the AI-gateway
 * seed): no credential needed, but one that is sent must be valid.
 */
@Tag(name = "Health", description = "Liveness of the server")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    private final Clock clock;

    @Inject
    public HealthResource(Clock clock) {
        this.clock = clock;
    }

    @Operation(operationId = "getHealth", summary = "Whether the server is up")
    @GET
    @Path("api/health")
    public HealthView health() {
        return new HealthView("ok", clock.instant());
    }

    @Operation(operationId = "getHealthAlias", summary = "Whether the server is up (short path)")
    @GET
    @Path("health")
    public HealthView healthAlias() {
        return health();
    }
}
