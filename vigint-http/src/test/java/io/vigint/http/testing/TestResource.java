package io.vigint.http.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A resource only tests register (through {@code HttpModule.jerseyComponents}): one that fails
 * unexpectedly, one that takes its time.
 */
@Path("test")
@Produces(MediaType.APPLICATION_JSON)
public final class TestResource {
    /** Counted down when a slow request has started. */
    public final CountDownLatch slowStarted = new CountDownLatch(1);

    @GET
    @Path("boom")
    public Map<String, Object> boom() {
        throw new IllegalStateException("database password is hunter2");
    }

    @GET
    @Path("slow")
    public Map<String, Object> slow(@QueryParam("ms") long millis) throws InterruptedException {
        slowStarted.countDown();
        Thread.sleep(millis);
        return Map.of("slept_ms", millis);
    }
}
