package io.vigint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.cli.ServedVigint;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.TestFrames;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 7 of issue 9 (one tenant's uploads evicted another's fresh frames), against a real {@code vigint
 * serve} with small budgets (4 MiB a client, 8 MiB in all): client A buffers 10 frames, then six other
 * clients upload large frames as fast as they can for 5 s. A's analysis must still see its 10 frames; the
 * flooders get their own frames evicted or 503 {@code BUFFER_FULL}, never someone else's.
 */
class HostileBufferFairnessIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    java.nio.file.Path cwd;

    private ServedVigint served;

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void aTenantsFreshFramesSurviveOtherTenantsFloods() throws Exception {
        served = ServedVigint.start(
                cwd,
                null,
                Map.of(
                        "VIGINT_VIDEO_MAX_FRAME_BYTES", "1048576",
                        "VIGINT_VIDEO_CLIENT_BUDGET_BYTES", "4194304",
                        "VIGINT_VIDEO_GLOBAL_BUDGET_BYTES", "8388608",
                        "VIGINT_RATE_LIMIT_PER_MINUTE", "100000",
                        // The flood is about buffer budgets, not the ingest rate limits: lift those too.
                        "VIGINT_RATE_LIMIT_INGEST_FRAMES_PER_SECOND", "10000",
                        "VIGINT_RATE_LIMIT_INGEST_BYTES_PER_SECOND", "1000000000"));
        CreatedClient quiet = served.createClient("Quiet");
        List<Frame> frames = new ArrayList<>();
        Instant start = Instant.now().minusSeconds(3);
        for (int i = 0; i < 10; i++) {
            frames.add(new Frame(TestFrames.jpeg(160, 120, 10 + 8 * i), FrameFormat.JPEG, start.plusMillis(200 * i)));
        }
        assertThat(served.bufferBatch(quiet, "front-door", frames)).isEqualTo(10);

        byte[] large = TestFrames.noisyPng(480, 480, 7);
        assertThat(large.length).isBetween(500_000, 1_048_576);
        List<CreatedClient> flooders = new ArrayList<>();
        for (int f = 0; f < 6; f++) {
            flooders.add(served.createClient("Flooder" + f));
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> codes = new ConcurrentHashMap<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        ExecutorService pool = Executors.newFixedThreadPool(flooders.size());
        List<Future<?>> floods = new ArrayList<>();
        for (CreatedClient flooder : flooders) {
            floods.add(pool.submit(() -> {
                while (System.nanoTime() < until) {
                    HttpResponse<String> response = HTTP.send(
                            HttpRequest.newBuilder(served.server().uri().resolve("api/video/buffer?source_id=cam"))
                                    .header("X-API-Key", flooder.apiKey().plainText())
                                    .header("Content-Type", "image/png")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(large))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                            .incrementAndGet();
                    if (response.statusCode() != 200) {
                        codes.computeIfAbsent(
                                        ServedVigint.JSON
                                                .readTree(response.body())
                                                .at("/error/code")
                                                .asText(),
                                        c -> new AtomicInteger())
                                .incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> flood : floods) {
            flood.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(statuses.get(200)).as("the flooders buffered frames").isNotNull();
        long flooded = statuses.get(200).get() * (long) large.length;
        assertThat(flooded).as("the flood alone exceeded the global budget").isGreaterThan(8L * 1024 * 1024);
        assertThat(statuses.keySet())
                .as("statuses %s, codes %s", statuses, codes)
                .isSubsetOf(200, 503);
        assertThat(codes.keySet()).isSubsetOf("BUFFER_FULL");

        HttpResponse<String> analysis = served.post(quiet, "api/video/analyze", "{\"source_id\":\"front-door\"}");
        assertThat(analysis.statusCode())
                .as("the quiet tenant's analysis after the flood: %s", analysis.body())
                .isEqualTo(200);
        JsonNode answer = ServedVigint.JSON.readTree(analysis.body());
        assertThat(answer.findValue("frames_analyzed").asInt())
                .as("all 10 of its frames are still there")
                .isEqualTo(10);
    }
}
