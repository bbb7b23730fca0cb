package io.vigint.http.metering;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A priced endpoint for the tests, counting its invocations; {@code ?status=N} answers with N, {@code ?units=N}
 * says it did N billable things ({@link io.vigint.http.RequestProperties#BILLABLE_UNITS}).
 */
@Path("api/test")
@Produces(MediaType.APPLICATION_JSON)
public final class AnalyzeLikeResource {
    final AtomicInteger invocations = new AtomicInteger();

    @POST
    @Path("analyze")
    public Response analyze(
            @QueryParam("status") Integer status,
            @QueryParam("units") Integer units,
            @Context ContainerRequestContext request) {
        int n = invocations.incrementAndGet();
        if (units != null) {
            request.setProperty(io.vigint.http.RequestProperties.BILLABLE_UNITS, units);
        }
        return Response.status(status == null ? 200 : status)
                .entity(Map.of("analysis", n))
                .build();
    }

    @GET
    @Path("items/{id}")
    public Map<String, Object> item(@PathParam("id") long id) {
        return Map.of("id", id);
    }
}
