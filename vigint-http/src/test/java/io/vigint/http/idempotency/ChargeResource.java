package io.vigint.http.idempotency;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A resource that counts its invocations ("charges"), and can be told to fail or to wait. */
@Path("/charges")
public final class ChargeResource {
    final AtomicInteger invocations = new AtomicInteger();
    volatile int failuresLeft;
    volatile CountDownLatch started;
    volatile CountDownLatch proceed;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response charge(String body) throws InterruptedException {
        int n = invocations.incrementAndGet();
        CountDownLatch gate = proceed;
        if (gate != null) {
            started.countDown();
            gate.await(20, TimeUnit.SECONDS);
        }
        if (failuresLeft > 0) {
            failuresLeft--;
            return Response.status(503).entity(Map.of("failed", n)).build();
        }
        return Response.status(201)
                .entity(Map.of("charge", n, "received", body))
                .build();
    }

    @POST
    @Path("silent")
    public void silent() {
        invocations.incrementAndGet();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> count() {
        return Map.of("invocations", invocations.get());
    }
}
