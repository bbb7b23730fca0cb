package io.vigint.http.ratelimit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A tiny resource for the rate-limit tests. */
@Path("/ping")
public final class PingResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> ping() {
        return Map.of("pong", true);
    }
}
