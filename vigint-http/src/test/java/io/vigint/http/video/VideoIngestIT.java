package io.vigint.http.video;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.TestFrames;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameBufferSettings;
import io.vigint.core.video.FrameBuffers;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.FrameValidator;
import io.vigint.core.video.FrameWindows;
import io.vigint.core.video.ImageProbe;
import io.vigint.http.HttpSettings;
import io.vigint.http.testing.TestServer;
import io.vigint.media.ImageIoProbe;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VideoIngestIT {
    private static final int SMALL_MAX_FRAME = 2_000;
    /** The media adapter's image probe, which the CLI's video module binds in production. */
    private static final Module PROBE = binder -> binder.bind(ImageProbe.class).toInstance(new ImageIoProbe());

    private final TestServer server = TestServer.start(HttpSettings.defaults(), new VideoHttpModule(), PROBE);
    private final CreatedClient acme = server.createClient("Acme");
    private final String key = acme.apiKey().plainText();
    private final ClientId acmeId = acme.client().id();
    private final FrameWindows windows = server.injector.getInstance(FrameWindows.class);
    private final FrameBuffers buffers = server.injector.getInstance(FrameBuffers.class);
    private final byte[] jpeg = TestFrames.jpeg();

    @AfterEach
    void stop() {
        server.close();
    }

    private static String b64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    private HttpResponse<String> postRaw(String path, String contentType, byte[] body, String apiKey) {
        return server.send(server.request(path)
                .header("Content-Type", contentType)
                .header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    @Test
    void aBase64FrameIsBufferedInTheDefaultSourceOfTheCallingClient() {
        var response = server.postJson(
                "/api/video/buffer", "{\"frame_data\":\"" + b64(jpeg) + "\",\"frame_count\":7}", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("video-buffered", response.body());
        List<Frame> frames = windows.longWindow(acmeId, FrameWindows.DEFAULT_SOURCE);
        assertThat(frames).hasSize(1);
        assertThat(frames.get(0).data()).isEqualTo(jpeg);
        assertThat(frames.get(0).format()).isEqualTo(FrameFormat.JPEG);
        assertThat(frames.get(0).timestamp()).isEqualTo(TestServer.START);
        assertThat(windows.shortWindow(acmeId, FrameWindows.DEFAULT_SOURCE)).isEqualTo(frames);
    }

    @Test
    void rawJpegAndPngBodiesAreBufferedToo() {
        byte[] png = TestFrames.png();

        var first = postRaw("/api/video/buffer", "image/jpeg", jpeg, key);
        var second = postRaw("/api/video/buffer?frame_count=2", "image/png", png, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(json(second).get("frame_count").asLong()).isEqualTo(2);
        assertThat(json(second).get("buffer_size").asInt()).isEqualTo(2);
        assertThat(windows.longWindow(acmeId, FrameWindows.DEFAULT_SOURCE))
                .extracting(Frame::format)
                .containsExactly(FrameFormat.JPEG, FrameFormat.PNG);
    }

    @Test
    void aBatchIsBufferedInTimestampOrder() {
        String body = "{\"frames\":["
                + "{\"frame_data\":\"" + b64(TestFrames.jpeg(160, 120, 10)) + "\",\"frame_count\":1,"
                + "\"timestamp\":\"2025-12-31T23:59:58Z\"},"
                + "{\"frame_data\":\"" + b64(TestFrames.jpeg(160, 120, 30)) + "\",\"frame_count\":3,"
                + "\"timestamp\":1767225599.5},"
                + "{\"frame_data\":\"" + b64(TestFrames.png()) + "\",\"frame_count\":2,"
                + "\"timestamp\":\"2025-12-31T23:59:59Z\"}]}";

        var response = server.postJson("/api/video/buffer/batch", body, "X-API-Key", key);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertMatchesFixture("video-batch-buffered", response.body());
        List<Frame> frames = windows.longWindow(acmeId, FrameWindows.DEFAULT_SOURCE);
        assertThat(frames)
                .extracting(f -> f.timestamp().toString())
                .containsExactly("2025-12-31T23:59:58Z", "2025-12-31T23:59:59Z", "2025-12-31T23:59:59.500Z");
    }

    @Test
    void oneBadFrameRefusesTheWholeBatch() {
        String body = "{\"frames\":["
                + "{\"frame_data\":\"" + b64(jpeg) + "\",\"frame_count\":1},"
                + "{\"frame_data\":\"" + b64("not an image".getBytes(StandardCharsets.UTF_8))
                + "\",\"frame_count\":2}]}";

        var response = server.postJson("/api/video/buffer/batch", body, "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("INVALID_FRAME");
        assertThat(json(response).at("/error/details/index").asInt()).isEqualTo(1);
        assertThat(buffers.stats().frames()).isZero();
    }

    @Test
    void multiSourceFramesGoToTheirSource() {
        // as multi_source_video_analyzer.py sends it: source_name too (accepted, not used)
        var json = server.postJson(
                "/api/video/multi-source/buffer",
                "{\"source_id\": \"gate\", \"source_name\": \"Front gate\", \"frame_data\": \"" + b64(jpeg)
                        + "\", \"frame_count\": 1}",
                "X-API-Key",
                key);
        var response = postRaw("/api/video/multi-source/buffer?source_id=gate", "image/jpeg", jpeg, key);

        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(json(json).get("success").asBoolean()).isTrue();
        assertThat(json(json).get("source_id").asText()).isEqualTo("gate");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertMatchesFixture("video-multi-source-buffered", response.body());
        assertThat(windows.longWindow(acmeId, "gate")).hasSize(2);
        assertThat(windows.longWindow(acmeId, FrameWindows.DEFAULT_SOURCE)).isEmpty();
    }

    @Test
    void multiSourceNeedsASafeSourceId() {
        var missing = server.postJson(
                "/api/video/multi-source/buffer", "{\"frame_data\":\"" + b64(jpeg) + "\"}", "X-API-Key", key);
        var unsafe = server.postJson(
                "/api/video/multi-source/buffer",
                "{\"frame_data\":\"" + b64(jpeg) + "\",\"source_id\":\"../../etc/passwd\"}",
                "X-API-Key",
                key);
        var tooLong = postRaw("/api/video/multi-source/buffer?source_id=" + "x".repeat(65), "image/jpeg", jpeg, key);

        for (var response : List.of(missing, unsafe, tooLong)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).at("/error/code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(json(response).at("/error/details/field").asText()).isEqualTo("source_id");
        }
        assertThat(buffers.stats().frames()).isZero();
    }

    @Test
    void garbageFramesAreRefusedWithInvalidFrameAndNothingIsBuffered() {
        byte[] text = "hello, this is not an image".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);

        var json = server.postJson("/api/video/buffer", "{\"frame_data\":\"" + b64(text) + "\"}", "X-API-Key", key);
        var raw = postRaw("/api/video/buffer", "image/jpeg", text, key);
        var cut = postRaw("/api/video/buffer", "image/jpeg", truncated, key);
        var gif = postRaw("/api/video/buffer", "image/png", TestFrames.gif(), key);

        assertThat(json.statusCode()).isEqualTo(400);
        assertMatchesFixture("error-invalid-frame", json.body());
        for (var response : List.of(raw, cut, gif)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).at("/error/code").asText()).isEqualTo("INVALID_FRAME");
        }
        assertThat(buffers.stats().frames()).isZero();
        assertThat(buffers.stats().sources()).isZero();
    }

    @Test
    void malformedBase64AndJsonAre400() {
        var badBase64 = server.postJson("/api/video/buffer", "{\"frame_data\":\"%%%not base64%%%\"}", "X-API-Key", key);
        var badJson = server.postJson("/api/video/buffer", "{\"frame_data\": ", "X-API-Key", key);
        var missing = server.postJson("/api/video/buffer", "{\"frame_count\": 1}", "X-API-Key", key);
        var unknownField = server.postJson(
                "/api/video/buffer", "{\"frame_data\":\"" + b64(jpeg) + "\",\"colour\":1}", "X-API-Key", key);
        var badTimestamp = server.postJson(
                "/api/video/buffer/batch",
                "{\"frames\":[{\"frame_data\":\"" + b64(jpeg) + "\",\"timestamp\":\"yesterday\"}]}",
                "X-API-Key",
                key);
        var emptyBatch = server.postJson("/api/video/buffer/batch", "{\"frames\":[]}", "X-API-Key", key);
        var infiniteTimestamp = server.postJson(
                "/api/video/buffer", "{\"frame_data\":\"" + b64(jpeg) + "\",\"timestamp\":1e400}", "X-API-Key", key);
        var badFrameCount = postRaw("/api/video/buffer?frame_count=many", "image/jpeg", jpeg, key);

        assertThat(badBase64.statusCode()).isEqualTo(400);
        assertThat(json(badBase64).at("/error/code").asText()).isEqualTo("INVALID_FRAME");
        assertThat(json(badBase64).at("/error/details/reason").asText()).contains("base64");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(json(badJson).at("/error/code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).at("/error/details/field").asText()).isEqualTo("frame_data");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(badTimestamp.statusCode()).isEqualTo(400);
        assertThat(json(badTimestamp).at("/error/details/field").asText()).isEqualTo("timestamp");
        assertThat(emptyBatch.statusCode()).isEqualTo(400);
        assertThat(infiniteTimestamp.statusCode()).isEqualTo(400);
        assertThat(json(infiniteTimestamp).at("/error/details/field").asText()).isEqualTo("timestamp");
        assertThat(badFrameCount.statusCode()).isEqualTo(400);
        assertThat(json(badFrameCount).at("/error/details/field").asText()).isEqualTo("frame_count");
        assertThat(buffers.stats().frames()).isZero();
    }

    @Test
    void aDataUrlAndLineWrappedBase64AreAccepted() {
        String wrapped = Base64.getMimeEncoder().encodeToString(jpeg).replace("\r\n", "\\n");
        var dataUrl = server.postJson(
                "/api/video/buffer", "{\"frame_data\":\"data:image/jpeg;base64," + b64(jpeg) + "\"}", "X-API-Key", key);
        var lines = server.postJson("/api/video/buffer", "{\"frame_data\":\"" + wrapped + "\"}", "X-API-Key", key);

        assertThat(dataUrl.statusCode()).as(dataUrl.body()).isEqualTo(200);
        assertThat(lines.statusCode()).as(lines.body()).isEqualTo(200);
        assertThat(windows.longWindow(acmeId, FrameWindows.DEFAULT_SOURCE))
                .allSatisfy(frame -> assertThat(frame.data()).isEqualTo(jpeg));
    }

    @Test
    void framesLargerThanTheServersGenericBodyLimitAreAcceptedOnTheIngestRoutes() {
        byte[] big = TestFrames.noisyPng(700, 700, 1);
        assertThat(big.length).isGreaterThan((int) HttpSettings.DEFAULT_MAX_BODY_BYTES);

        var raw = postRaw("/api/video/buffer", "image/png", big, key);
        var base64 = server.postJson("/api/video/buffer", "{\"frame_data\":\"" + b64(big) + "\"}", "X-API-Key", key);
        var elsewhere = server.send(server.request("/api/v1/keys")
                .header("Content-Type", "application/json")
                .header("X-API-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                .build());

        assertThat(raw.statusCode()).as(raw.body()).isEqualTo(200);
        assertThat(base64.statusCode()).as(base64.body()).isEqualTo(200);
        assertThat(elsewhere.statusCode())
                .as("other routes keep the generic limit")
                .isEqualTo(413);
    }

    @Test
    void oversizedFramesAre413AndNotBuffered() {
        try (TestServer small = TestServer.start(
                HttpSettings.defaults(),
                new VideoHttpModule(
                        FrameBufferSettings.defaults().withMaxFrameBytes(SMALL_MAX_FRAME),
                        FrameValidator.Level.STRUCTURE,
                        VideoHttpModule.DEFAULT_MAX_BATCH_BODY_BYTES),
                PROBE)) {
            String smallKey = small.createClient("Small").apiKey().plainText();
            byte[] big = TestFrames.noisyJpeg(100, 100, 3);
            assertThat(big.length).isGreaterThan(SMALL_MAX_FRAME);

            var json =
                    small.postJson("/api/video/buffer", "{\"frame_data\":\"" + b64(big) + "\"}", "X-API-Key", smallKey);
            var raw = small.send(small.request("/api/video/buffer")
                    .header("Content-Type", "image/jpeg")
                    .header("X-API-Key", smallKey)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                    .build());
            var batch = small.postJson(
                    "/api/video/buffer/batch",
                    "{\"frames\":[{\"frame_data\":\"" + b64(TestFrames.jpeg(16, 16, 2)) + "\"},{\"frame_data\":\""
                            + b64(big) + "\"}]}",
                    "X-API-Key",
                    smallKey);
            var hugeBody = small.send(small.request("/api/video/buffer")
                    .header("Content-Type", "image/jpeg")
                    .header("X-API-Key", smallKey)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[200_000]))
                    .build());

            assertThat(json.statusCode()).isEqualTo(413);
            assertMatchesFixture("error-frame-too-large", json.body());
            assertThat(raw.statusCode()).isEqualTo(413);
            assertThat(batch.statusCode()).isEqualTo(413);
            assertThat(hugeBody.statusCode()).isEqualTo(413);
            assertThat(json(hugeBody).at("/error/code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(small.injector.getInstance(FrameBuffers.class).stats().frames())
                    .isZero();
        }
    }

    @Test
    void anotherClientNeverSeesNorChangesTheFirstClientsBuffers() {
        CreatedClient other = server.createClient("Other Corp");
        String otherKey = other.apiKey().plainText();
        server.postJson("/api/video/buffer", "{\"frame_data\":\"" + b64(jpeg) + "\"}", "X-API-Key", key);
        server.postJson(
                "/api/video/multi-source/buffer",
                "{\"frame_data\":\"" + b64(jpeg) + "\",\"source_id\":\"gate\"}",
                "X-API-Key",
                key);

        byte[] otherFrame = TestFrames.jpeg(160, 120, 90);
        var first = server.postJson(
                "/api/video/buffer", "{\"frame_data\":\"" + b64(otherFrame) + "\"}", "X-API-Key", otherKey);
        var second = postRaw("/api/video/multi-source/buffer?source_id=gate", "image/jpeg", otherFrame, otherKey);

        assertThat(json(first).get("buffer_size").asInt())
                .as("the other client starts empty")
                .isEqualTo(1);
        assertThat(json(second).get("buffer_size").asInt()).isEqualTo(1);
        assertThat(windows.longWindow(acmeId, FrameWindows.DEFAULT_SOURCE))
                .singleElement()
                .satisfies(frame -> assertThat(frame.data()).isEqualTo(jpeg));
        assertThat(windows.longWindow(acmeId, "gate")).singleElement().satisfies(frame -> assertThat(frame.data())
                .isEqualTo(jpeg));
        assertThat(windows.longWindow(other.client().id(), "gate"))
                .singleElement()
                .satisfies(frame -> assertThat(frame.data()).isEqualTo(otherFrame));
        assertThat(buffers.sourcesOf(acmeId)).containsExactly("default", "gate");
    }

    @Test
    void withoutAValidKeyNothingIsBuffered() {
        var none = server.send(server.request("/api/video/buffer")
                .header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg))
                .build());
        var wrong = postRaw("/api/video/buffer", "image/jpeg", jpeg, "vgt_" + "A".repeat(43));

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(buffers.stats().frames()).isZero();
    }

    @Test
    void concurrentUploadsFromTwoClientsAreAllBufferedInTheirOwnBuffers() throws Exception {
        String otherKey = server.createClient("Other Corp").apiKey().plainText();
        int threads = 8;
        int framesEach = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String apiKey = t % 2 == 0 ? key : otherKey;
            String source = "cam-" + (t % 4);
            Callable<List<Integer>> upload = () -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < framesEach; i++) {
                    statuses.add(
                            postRaw("/api/video/multi-source/buffer?source_id=" + source, "image/jpeg", jpeg, apiKey)
                                    .statusCode());
                }
                return statuses;
            };
            results.add(pool.submit(upload));
        }
        for (Future<List<Integer>> result : results) {
            assertThat(result.get(60, TimeUnit.SECONDS)).containsOnly(200);
        }
        pool.shutdown();

        assertThat(buffers.stats().framesAdded()).isEqualTo((long) threads * framesEach);
        assertThat(buffers.stats().frames()).isEqualTo((long) threads * framesEach);
        assertThat(buffers.sourcesOf(acmeId)).containsExactly("cam-0", "cam-2");
        assertThat(windows.longWindow(acmeId, "cam-0")).as("threads 0 and 4").hasSize(2 * framesEach);
        assertThat(windows.longWindow(acmeId, "cam-1")).isEmpty();
    }

    @Test
    void theBuffersAreExportedAsMetrics() {
        postRaw("/api/video/buffer", "image/jpeg", jpeg, key);

        String metrics =
                server.get("/metrics", "X-Admin-Key", server.operatorKey).body();

        assertThat(metrics)
                .contains("vigint_frame_buffer_frames 1.0")
                .contains("vigint_frame_buffer_bytes " + jpeg.length + ".0")
                .contains("vigint_frame_buffer_frames_added_total 1.0");
    }
}
