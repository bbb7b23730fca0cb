package io.vigint.http.metrics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A resource with a path parameter, to show routes are templates. */
@Path("/items")
public final class ItemResource {
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> item(@PathParam("id") long id) {
        return Map.of("id", id);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> items() {
        return Map.of("items", 0);
    }
}
