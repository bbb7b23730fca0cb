package io.vigint.http.ratelimit;

import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.TestFrames;
import io.vigint.http.testing.IngestWiring;
import io.vigint.http.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Frame ingest against its own limits on a real server (frame buffers, metering and analysis wired as in
 * {@code serve}, in-memory storage): the per-source frame rate, the per-client byte rate, the 429 that names
 * the limit hit, per-client overrides through the operator API, and that ingest never spends the per-minute
 * API-call budget.
 */
class IngestLimitIT {
    private TestServer server;
    private IngestCalls calls;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private TestServer start(RateLimitSettings limits) {
        server = IngestWiring.start(limits);
        calls = new IngestCalls(server);
        return server;
    }

    /**
     * Two cameras of one client at 25 frames a second each, paced in real time for 8 seconds (400 frames of
     * ~100 KB, more than a full bucket of either camera holds, so the refill is what carries them), while the
     * same client analyses every 0.5 s: no frame and no analysis is refused under the default limits.
     */
    @Test
    void twoCamerasAt25FramesASecondAreNeverRefusedAndAnalysisGoesOnBesideThem() throws Exception {
        start(RateLimitSettings.defaults());
        CreatedClient shop = server.createClient("Shop");
        byte[] jpeg = TestFrames.noisyJpeg(640, 480, 7);
        assertThat(jpeg.length).as("a camera-sized frame").isBetween(60_000, 200_000);
        ConcurrentMap<Integer, AtomicInteger> frameStatuses = new ConcurrentHashMap<>();
        ConcurrentMap<Integer, AtomicInteger> analyzeStatuses = new ConcurrentHashMap<>();
        int seconds = 8;
        int fps = 25;
        long start = System.nanoTime();
        Thread analyst = new Thread(() -> {
            while (System.nanoTime() - start < Duration.ofSeconds(seconds).toNanos()) {
                HttpResponse<String> analysis = server.postJson(
                        "/api/video/analyze", "{\"source_id\":\"door\"}", "X-API-Key", IngestCalls.key(shop));
                analyzeStatuses
                        .computeIfAbsent(analysis.statusCode(), s -> new AtomicInteger())
                        .incrementAndGet();
                sleepUntil(System.nanoTime() + Duration.ofMillis(500).toNanos());
            }
        });
        for (int i = 0; i < seconds * fps; i++) {
            if (i == 1) {
                analyst.start();
            }
            server.clock.advance(Duration.ofMillis(1000 / fps));
            // Paced like a camera: frame i leaves at i/25 s (a late frame goes at once, as a real client's would).
            sleepUntil(start + Duration.ofMillis(1000L * i / fps).toNanos());
            for (String camera : new String[] {"door", "yard"}) {
                HttpResponse<String> response =
                        i % 2 == 0 ? calls.frame(shop, camera, jpeg) : calls.rawFrame(shop, camera, jpeg);
                frameStatuses
                        .computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                        .incrementAndGet();
            }
        }
        analyst.join(30_000);

        assertThat(frameStatuses).containsOnlyKeys(200);
        assertThat(frameStatuses.get(200)).hasValue(2 * seconds * fps);
        assertThat(analyzeStatuses).as("analyses: %s", analyzeStatuses).containsOnlyKeys(200);
        assertThat(analyzeStatuses.get(200).get()).isGreaterThanOrEqualTo(seconds);
        HttpResponse<String> keys = server.get("/api/v1/keys", "X-API-Key", IngestCalls.key(shop));
        assertThat(IngestCalls.header(keys, "RateLimit-Limit")).isEqualTo(60);
        assertThat(IngestCalls.header(keys, "RateLimit-Remaining"))
                .as("only the analyses and this call spent the per-minute budget, no frame did")
                .isEqualTo(60 - analyzeStatuses.get(200).get() - 1);
    }

    @Test
    void aSourceOverItsFrameRateIsRefusedNamingTheLimitWhileAnotherSourceOfTheClientPasses() {
        start(IngestCalls.FIVE_SECOND_BURSTS);
        CreatedClient shop = server.createClient("Shop");
        server.core.clientSettings().setIngestLimits(shop.client().id(), 2, null);
        byte[] jpeg = TestFrames.jpeg();

        HttpResponse<String> refused = calls.floodUntilRefused(shop, "door", jpeg, 50);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        JsonNode error = json(refused).get("error");
        assertThat(error.get("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(error.at("/details/limit_name").asText()).isEqualTo("frames_per_second_per_source");
        assertThat(error.at("/details/limit").asLong()).isEqualTo(2);
        assertThat(error.at("/details/burst").asLong()).isEqualTo(10);
        assertThat(error.at("/details/source_id").asText()).isEqualTo("door");
        assertThat(error.get("message").asText())
                .contains("2 frames per second for source door")
                .contains("frames_per_second_per_source");
        assertThat(IngestCalls.header(refused, "Retry-After")).isBetween(1L, 5L);
        assertThat(IngestCalls.header(refused, "RateLimit-Limit")).isEqualTo(10);
        assertThat(IngestCalls.header(refused, "RateLimit-Remaining")).isZero();
        assertThat(IngestCalls.header(refused, "RateLimit-Reset")).isBetween(1L, 5L);

        HttpResponse<String> otherCamera = calls.frame(shop, "yard", jpeg);
        assertThat(otherCamera.statusCode()).as(otherCamera.body()).isEqualTo(200);
        assertThat(IngestCalls.header(otherCamera, "RateLimit-Limit")).isEqualTo(10);
        assertThat(IngestCalls.header(otherCamera, "RateLimit-Remaining")).isEqualTo(9);
        CreatedClient neighbour = server.createClient("Neighbour");
        assertThat(calls.frame(neighbour, "door", jpeg).statusCode())
                .as("another client's camera of the same name")
                .isEqualTo(200);
    }

    @Test
    void aClientOverItsByteRateIsRefusedNamingTheLimit() {
        start(IngestCalls.FIVE_SECOND_BURSTS);
        CreatedClient shop = server.createClient("Shop");
        byte[] jpeg = TestFrames.jpeg();
        // Two frames' worth a second: a burst of ten frames over all sources, however many sources.
        server.core.clientSettings().setIngestLimits(shop.client().id(), null, 2L * jpeg.length);

        HttpResponse<String> refused = null;
        for (int i = 0; i < 50 && refused == null; i++) {
            HttpResponse<String> response = calls.frame(shop, "cam-" + i, jpeg);
            if (response.statusCode() != 200) {
                refused = response;
            }
        }

        assertThat(refused).as("refused within 50 frames").isNotNull();
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        JsonNode error = json(refused).get("error");
        assertThat(error.at("/details/limit_name").asText()).isEqualTo("bytes_per_second");
        assertThat(error.at("/details/limit").asLong()).isEqualTo(2L * jpeg.length);
        assertThat(error.at("/details/burst").asLong()).isEqualTo(10L * jpeg.length);
        assertThat(error.get("message").asText()).contains("bytes per second");
        assertThat(IngestCalls.header(refused, "Retry-After")).isBetween(1L, 5L);
        assertThat(IngestCalls.header(refused, "RateLimit-Limit")).isEqualTo(10L * jpeg.length);
    }

    @Test
    void aRequestLargerThanAFullBucketIsA413NamingTheLimit() {
        start(IngestCalls.FIVE_SECOND_BURSTS);
        CreatedClient shop = server.createClient("Shop");
        server.core.clientSettings().setIngestLimits(shop.client().id(), 1, null);
        String frame = "{\"frame_data\":\"" + Base64.getEncoder().encodeToString(TestFrames.jpeg()) + "\"}";
        String sixFrames = "{\"source_id\":\"door\",\"frames\":["
                + String.join(",", java.util.Collections.nCopies(6, frame)) + "]}";

        HttpResponse<String> batch =
                server.postJson("/api/video/buffer/batch", sixFrames, "X-API-Key", IngestCalls.key(shop));

        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(413);
        assertThat(json(batch).at("/error/code").asText()).isEqualTo("TOO_MANY_FRAMES");
        assertThat(json(batch).at("/error/details/limit_name").asText()).isEqualTo("frames_per_second_per_source");
        assertThat(json(batch).at("/error/details/burst").asLong()).isEqualTo(5);
        String fiveFrames = "{\"source_id\":\"door\",\"frames\":["
                + String.join(",", java.util.Collections.nCopies(5, frame)) + "]}";
        HttpResponse<String> fits =
                server.postJson("/api/video/buffer/batch", fiveFrames, "X-API-Key", IngestCalls.key(shop));
        assertThat(fits.statusCode()).as(fits.body()).isEqualTo(200);
        assertThat(IngestCalls.header(fits, "RateLimit-Limit")).isEqualTo(5);
        assertThat(IngestCalls.header(fits, "RateLimit-Remaining"))
                .as("a batch counts each frame: five empty the bucket")
                .isZero();
    }

    @Test
    void aFrameRefusedByItsLimitIsNotReplayedToItsRetryWithTheSameIdempotencyKey() throws Exception {
        start(IngestCalls.FIVE_SECOND_BURSTS);
        CreatedClient shop = server.createClient("Shop");
        server.core.clientSettings().setIngestLimits(shop.client().id(), 1, null);
        byte[] jpeg = TestFrames.jpeg();
        calls.floodUntilRefused(shop, "door", jpeg, 20);
        HttpRequest withKey = server.request("/api/video/buffer?source_id=door")
                .header("Content-Type", "image/jpeg")
                .header("X-API-Key", IngestCalls.key(shop))
                .header("Idempotency-Key", "frame-42")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg))
                .build();

        assertThat(server.send(withKey).statusCode()).isEqualTo(429);
        Thread.sleep(1_100); // one frame a second: the next one is due
        HttpResponse<String> retried = server.send(withKey);

        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void ingestNeverSpendsTheApiCallBudgetAndApiCallsNeverSpendTheIngestBudget() {
        start(RateLimitSettings.defaults());
        CreatedClient shop = server.createClient("Shop");
        server.core.clientSettings().setRateLimit(shop.client().id(), 3);
        byte[] jpeg = TestFrames.jpeg();

        for (int i = 0; i < 20; i++) {
            assertThat(calls.frame(shop, "door", jpeg).statusCode())
                    .as("frame %d", i)
                    .isEqualTo(200);
        }
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> call = server.get("/api/v1/keys", "X-API-Key", IngestCalls.key(shop));
            assertThat(call.statusCode()).isEqualTo(200);
            assertThat(IngestCalls.header(call, "RateLimit-Remaining")).isEqualTo(3 - i);
        }
        HttpResponse<String> fourth = server.get("/api/v1/keys", "X-API-Key", IngestCalls.key(shop));
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(json(fourth).at("/error/details/limit_name").asText()).isEqualTo("requests_per_minute");
        assertThat(json(fourth).at("/error/details/limit").asLong()).isEqualTo(3);
        assertThat(calls.frame(shop, "door", jpeg).statusCode())
                .as("the API-call limit does not stop the camera")
                .isEqualTo(200);
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
