package io.vigint.http.metering;

import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.TestFrames;
import io.vigint.core.usage.IngestUsage;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.http.testing.IngestWiring;
import io.vigint.http.testing.TestServer;
import io.vigint.memory.InMemoryUsageStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Frame ingest is metered as SPEC §1 says: exact frames and bytes per client, source and minute, never one
 * usage record per frame; the other calls are still one record each. The server's clock is moved by hand, so
 * the minutes are known.
 */
class IngestMeteringIT {
    private static final UsagePeriod JANUARY = UsagePeriod.monthOf(TestServer.START);

    private final TestServer server = IngestWiring.start(TestServer.TEST_RATE_LIMITS);
    private final InMemoryUsageStore usage = IngestWiring.usage(server);
    private final CreatedClient shop = server.createClient("Shop");
    private final ClientId shopId = shop.client().id();
    private final String key = shop.apiKey().plainText();
    private final List<byte[]> images =
            List.of(TestFrames.jpeg(160, 120, 10), TestFrames.jpeg(320, 240, 20), TestFrames.noisyJpeg(200, 150, 3));

    @AfterEach
    void stop() {
        server.close();
    }

    private static String b64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    private HttpResponse<String> buffer(String source, byte[] jpeg) {
        return server.postJson(
                "/api/video/buffer",
                "{\"frame_data\":\"" + b64(jpeg) + "\",\"frame_count\":1,\"source_id\":\"" + source
                        + "\",\"timestamp\":null}",
                "Authorization",
                "Bearer " + key);
    }

    private HttpResponse<String> raw(String source, byte[] jpeg) {
        return server.send(server.request("/api/video/multi-source/buffer?source_id=" + source)
                .header("Content-Type", "image/jpeg")
                .header("X-API-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg))
                .build());
    }

    private HttpResponse<String> batch(String source, List<byte[]> jpegs) {
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < jpegs.size(); i++) {
            frames.add("{\"frame_data\":\"" + b64(jpegs.get(i)) + "\",\"frame_count\":" + i + "}");
        }
        return server.postJson(
                "/api/video/buffer/batch",
                "{\"source_id\":\"" + source + "\",\"frames\":[" + String.join(",", frames) + "]}",
                "X-API-Key",
                key);
    }

    /**
     * 137 frames of camera "door" over three minutes, sent one by one as JSON, as raw JPEG and in batches of 5,
     * with frames of camera "yard", failed frames and analyses in between: one count per source and minute,
     * exact to the frame and the byte.
     */
    @Test
    void framesAreCountedExactlyPerSourceAndMinuteAndNeverAsRecords() {
        int[] perMinute = {50, 47, 40};
        long[] expectedBytes = new long[3];
        int sent = 0;
        for (int minute = 0; minute < 3; minute++) {
            if (minute > 0) {
                server.clock.advance(Duration.ofMinutes(1));
            }
            int frames = 0;
            while (frames < perMinute[minute]) {
                byte[] jpeg = images.get(sent % images.size());
                HttpResponse<String> response;
                if (frames % 10 == 0 && perMinute[minute] - frames >= 5) {
                    response = batch("door", List.of(jpeg, jpeg, jpeg, jpeg, jpeg));
                    frames += 5;
                    expectedBytes[minute] += 5L * jpeg.length;
                } else {
                    response = frames % 2 == 0 ? buffer("door", jpeg) : raw("door", jpeg);
                    frames++;
                    expectedBytes[minute] += jpeg.length;
                }
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                sent++;
                server.clock.advance(Duration.ofMillis(200));
            }
            assertThat(buffer("door", "not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            .statusCode())
                    .as("a refused frame is not counted")
                    .isEqualTo(400);
            assertThat(buffer("yard", images.get(0)).statusCode()).isEqualTo(200);
            assertThat(server.postJson("/api/video/analyze", "{\"source_id\":\"door\"}", "X-API-Key", key)
                            .statusCode())
                    .isEqualTo(200);
        }

        Instant t0 = TestServer.START;
        assertThat(usage.ingestByMinute(shopId, JANUARY, 100))
                .containsExactly(
                        new IngestUsage(shopId, "door", t0, 50, expectedBytes[0]),
                        new IngestUsage(shopId, "yard", t0, 1, images.get(0).length),
                        new IngestUsage(shopId, "door", t0.plusSeconds(60), 47, expectedBytes[1]),
                        new IngestUsage(shopId, "yard", t0.plusSeconds(60), 1, images.get(0).length),
                        new IngestUsage(shopId, "door", t0.plusSeconds(120), 40, expectedBytes[2]),
                        new IngestUsage(shopId, "yard", t0.plusSeconds(120), 1, images.get(0).length));
        List<String> recorded = usage.list(shopId, JANUARY, null, 1000).stream()
                .map(UsageEntry::record)
                .map(r -> r.endpoint())
                .toList();
        assertThat(recorded)
                .as("only the analyses are records: no ingest call, however it ended")
                .containsExactly("/api/video/analyze", "/api/video/analyze", "/api/video/analyze");

        JsonNode report = json(server.get("/api/v1/usage", "X-API-Key", key)).get("data");
        assertThat(report.get("ingest").toString())
                .isEqualTo("[{\"source_id\":\"door\",\"frames\":137,\"bytes\":"
                        + (expectedBytes[0] + expectedBytes[1] + expectedBytes[2])
                        + "},{\"source_id\":\"yard\",\"frames\":3,\"bytes\":" + 3L * images.get(0).length + "}]");
        assertThat(report.get("usage").findValuesAsText("endpoint"))
                .containsExactly("/api/video/analyze", "/api/video/analyze", "/api/video/analyze");
        JsonNode latest = json(server.get("/api/usage", "X-API-Key", key));
        assertThat(latest.get("usage").findValuesAsText("endpoint"))
                .as("the original's /api/usage lists calls, not frames")
                .doesNotContain("/api/video/buffer", "/api/video/buffer/batch", "/api/video/multi-source/buffer");
    }

    @Test
    void anIdempotentReplayOfAFrameIsNotCountedTwice() {
        String body = "{\"frame_data\":\"" + b64(images.get(1)) + "\"}";
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = server.send(server.request("/api/video/buffer")
                    .header("Content-Type", "application/json")
                    .header("X-API-Key", key)
                    .header("Idempotency-Key", "frame-1")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
            assertThat(response.statusCode()).isEqualTo(200);
        }

        assertThat(usage.ingestByMinute(shopId, JANUARY, 10))
                .containsExactly(new IngestUsage(shopId, "default", TestServer.START, 1, images.get(1).length));
    }
}
