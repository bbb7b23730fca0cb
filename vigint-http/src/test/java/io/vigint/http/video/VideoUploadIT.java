package io.vigint.http.video;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.testing.TestFrames;
import io.vigint.core.usage.PriceList;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.core.usage.UsageRecord;
import io.vigint.core.usage.UsageReportService;
import io.vigint.core.usage.UsageReportUseCase;
import io.vigint.core.usage.UsageSink;
import io.vigint.core.video.DecodedVideo;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameBuffers;
import io.vigint.core.video.FrameWindows;
import io.vigint.core.video.ImageProbe;
import io.vigint.core.video.VideoDecoder;
import io.vigint.core.video.VideoLimits;
import io.vigint.core.video.VideoUploadService;
import io.vigint.http.HttpSettings;
import io.vigint.http.metering.MeteringHttpModule;
import io.vigint.http.testing.TestServer;
import io.vigint.media.ImageIoProbe;
import io.vigint.memory.InMemoryUsageStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/video/upload} on the real server, with a stand-in for the codec adapter: the decoder
 * reads a "video" of the form {@code FAKEMP4 <frames> <step ms>} followed by padding and answers real JPEG
 * frames (a square moving across), so these tests are about the route (bodies, answers, errors, limits,
 * metering, the served document), not about MP4. The real decoder is exercised end to end in vigint-cli.
 */
class VideoUploadIT {
    private static final String UPLOAD = "/api/video/upload";
    private static final UsagePeriod ALL_OF_2026 =
            new UsagePeriod(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

    /** Decodes the fake format above; anything else is INVALID_VIDEO, as the port requires. */
    static final VideoDecoder FAKE_DECODER = (video, limits) -> {
        String head = new String(video, 0, Math.min(video.length, 40), StandardCharsets.ISO_8859_1);
        String[] parts = head.split("\\s+");
        if (!head.startsWith("FAKEMP4 ") || parts.length < 3) {
            throw VideoUploadService.invalid("the file is not an MP4 (no ftyp box)");
        }
        int count = Integer.parseInt(parts[1]);
        long step = Long.parseLong(parts[2]);
        if (count > limits.maxFrames()) {
            throw VideoUploadService.invalid("the video has more than " + limits.maxFrames() + " frames");
        }
        List<DecodedVideo.DecodedFrame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(
                    new DecodedVideo.DecodedFrame(TestFrames.jpeg(160, 120, 10 + 5 * i), Duration.ofMillis(i * step)));
        }
        return new DecodedVideo(frames, Duration.ofMillis(count * step), 160, 120, "mpeg4");
    };

    private final List<UsageRecord> metered = new ArrayList<>();
    private TestServer server;
    private CreatedClient acme;
    private String key;
    private ClientId acmeId;

    private void start(VideoLimits limits) {
        server = TestServer.start(
                HttpSettings.defaults(),
                new VideoHttpModule(),
                new VideoUploadHttpModule(limits),
                new MeteringHttpModule(),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(ImageProbe.class).toInstance(new ImageIoProbe());
                        bind(VideoDecoder.class).toInstance(FAKE_DECODER);
                        bind(PriceList.class).toInstance(PriceList.defaults());
                    }

                    @Provides
                    @Singleton
                    InMemoryUsageStore usageStore(IdempotencyStore storage) {
                        return new InMemoryUsageStore((ClientStore) storage);
                    }

                    @Provides
                    UsageSink sink(InMemoryUsageStore store) {
                        return new UsageSink() {
                            @Override
                            public void record(UsageRecord record) {
                                synchronized (metered) {
                                    metered.add(record);
                                }
                                store.record(record);
                            }

                            @Override
                            public void recordIngest(io.vigint.core.usage.IngestUsage usage) {
                                store.recordIngest(usage);
                            }
                        };
                    }

                    @Provides
                    UsageReportUseCase report(InMemoryUsageStore store) {
                        return new UsageReportService(store);
                    }
                });
        acme = server.createClient("Acme");
        key = acme.apiKey().plainText();
        acmeId = acme.client().id();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static byte[] fakeVideo(int frames, long stepMillis, int size) {
        byte[] head = ("FAKEMP4 " + frames + " " + stepMillis + " ").getBytes(StandardCharsets.ISO_8859_1);
        return Arrays.copyOf(head, Math.max(size, head.length));
    }

    private static String b64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    /** The request the original client's {@code upload_video_for_analysis} sends. */
    private HttpResponse<String> uploadAsTheOriginalClient(byte[] video, String filename) {
        return server.postJson(
                UPLOAD,
                "{\"video_data\": \"" + b64(video) + "\", \"video_filename\": \"" + filename + "\"}",
                "X-API-Key",
                key);
    }

    private HttpResponse<String> postRaw(String path, String contentType, byte[] body) {
        return server.send(server.request(path)
                .header("Content-Type", contentType)
                .header("X-API-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private List<Frame> buffered(String source) {
        return server.injector.getInstance(FrameWindows.class).longWindow(acmeId, source);
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("error");
        assertThat(body.at("/error/code").asText()).as(response.body()).isEqualTo(code);
        assertThat(body.at("/error/message").asText()).isNotBlank();
        assertThat(body.at("/error/details").isObject()).isTrue();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theOriginalClientsJsonIsDecodedIntoTheDefaultSourceAndAnsweredWithTheOriginalsFields() {
        start(VideoLimits.DEFAULTS);
        byte[] video = fakeVideo(10, 100, 524_288);

        HttpResponse<String> response = uploadAsTheOriginalClient(video, "incident_20260101_000000.mp4");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertMatchesFixture("video-uploaded", response.body());
        JsonNode answer = json(response);
        assertThat(answer.get("video_size_mb").asDouble()).isEqualTo(0.5);
        assertThat(answer.get("ready_for_analysis").asBoolean()).isTrue();
        List<Frame> frames = buffered(FrameWindows.DEFAULT_SOURCE);
        assertThat(frames).hasSize(10);
        assertThat(frames.get(9).timestamp()).isEqualTo(TestServer.START);
        assertThat(frames.get(0).timestamp()).isEqualTo(TestServer.START.minusMillis(900));
        assertThat(frames.get(3).data()).isEqualTo(TestFrames.jpeg(160, 120, 25));
    }

    @Test
    void aRawMp4BodyGoesToTheSourceNamedInTheQueryAndJsonFieldsTheServerHasNoUseForAreIgnored() {
        start(VideoLimits.DEFAULTS);

        HttpResponse<String> raw =
                postRaw(UPLOAD + "?source_id=gate&video_filename=gate.mp4", "video/mp4", fakeVideo(4, 40, 100));
        HttpResponse<String> extra = server.postJson(
                UPLOAD,
                "{\"video_data\":\"" + b64(fakeVideo(3, 40, 100)) + "\",\"video_filename\":null,"
                        + "\"source_id\":\"yard\",\"client_id\":\"acme\",\"use_server_buffer\":true,"
                        + "\"metadata\":{\"camera\":[1,2]}}",
                "Authorization",
                "Bearer " + key);

        assertThat(raw.statusCode()).as(raw.body()).isEqualTo(200);
        assertThat(json(raw).get("source_id").asText()).isEqualTo("gate");
        assertThat(json(raw).get("video_filename").asText()).isEqualTo("gate.mp4");
        assertThat(buffered("gate")).hasSize(4);
        assertThat(extra.statusCode()).as(extra.body()).isEqualTo(200);
        assertThat(json(extra).get("video_filename").asText()).isEqualTo("uploaded.mp4");
        assertThat(buffered("yard")).hasSize(3);
        assertThat(buffered(FrameWindows.DEFAULT_SOURCE)).isEmpty();
    }

    @Test
    void aVideoLongerThanTheWindowKeepsItsNewestFramesOnly() {
        start(VideoLimits.DEFAULTS);

        HttpResponse<String> response = uploadAsTheOriginalClient(fakeVideo(150, 100, 100), "long.mp4"); // 15 s

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("frame_count").asInt()).isEqualTo(150);
        assertThat(json(response).get("duration").asDouble()).isEqualTo(15.0);
        assertThat(json(response).get("frames_buffered").asInt()).isEqualTo(100);
        assertThat(buffered(FrameWindows.DEFAULT_SOURCE)).hasSize(100);
    }

    @Test
    void missingOrMalformedBase64IsValidationFailedAMissingKey401AndNothingIsBuffered() {
        start(VideoLimits.DEFAULTS);

        assertError(
                server.postJson(UPLOAD, "{\"video_filename\":\"a.mp4\"}", "X-API-Key", key), 400, "VALIDATION_FAILED");
        assertError(server.postJson(UPLOAD, "{\"video_data\":null}", "X-API-Key", key), 400, "VALIDATION_FAILED");
        assertError(server.postJson(UPLOAD, "{\"video_data\":\"\"}", "X-API-Key", key), 400, "VALIDATION_FAILED");
        assertError(server.postJson(UPLOAD, "{\"video_data\":12}", "X-API-Key", key), 400, "VALIDATION_FAILED");
        HttpResponse<String> notBase64 =
                server.postJson(UPLOAD, "{\"video_data\":\"this is *not* base64!\"}", "X-API-Key", key);
        assertError(notBase64, 400, "VALIDATION_FAILED");
        assertThat(json(notBase64).at("/error/details/field").asText()).isEqualTo("video_data");
        assertError(server.postJson(UPLOAD, "{\"video_data\":", "X-API-Key", key), 400, "MALFORMED_REQUEST");
        assertError(server.postJson(UPLOAD, "[1,2]", "X-API-Key", key), 400, "VALIDATION_FAILED");
        assertError(postRaw(UPLOAD, "video/mp4", new byte[0]), 400, "VALIDATION_FAILED");
        assertError(
                server.postJson(UPLOAD, "{\"video_data\":\"" + b64(fakeVideo(2, 40, 10)) + "\"}"),
                401,
                "API_KEY_REQUIRED");
        assertError(
                server.postJson(
                        UPLOAD,
                        "{\"video_data\":\"" + b64(fakeVideo(2, 40, 10)) + "\",\"source_id\":\"../x\"}",
                        "X-API-Key",
                        key),
                400,
                "VALIDATION_FAILED");
        assertThat(server.injector.getInstance(FrameBuffers.class).stats().frames())
                .isZero();
    }

    @Test
    void aVideoThatDoesNotDecodeIsInvalidVideoWithAReasonAndTheBufferIsUntouched() {
        start(VideoLimits.DEFAULTS);
        assertThat(uploadAsTheOriginalClient(fakeVideo(5, 100, 100), "first.mp4")
                        .statusCode())
                .isEqualTo(200);
        List<Frame> before = buffered(FrameWindows.DEFAULT_SOURCE);
        server.clock.advance(Duration.ofSeconds(1));

        HttpResponse<String> response =
                uploadAsTheOriginalClient("not a video at all".getBytes(StandardCharsets.UTF_8), "x.mp4");

        assertError(response, 400, "INVALID_VIDEO");
        assertMatchesFixture("error-invalid-video", response.body());
        assertThat(buffered(FrameWindows.DEFAULT_SOURCE)).isEqualTo(before);
    }

    @Test
    void aVideoOverTheLimitsIs413OrInvalidVideoAndTheBufferIsUntouched() {
        start(new VideoLimits(10_000, Duration.ofSeconds(120), 1920, 1080, 20));

        HttpResponse<String> overBody = uploadAsTheOriginalClient(fakeVideo(3, 40, 100_000), "big.mp4");
        HttpResponse<String> overDecoded = uploadAsTheOriginalClient(fakeVideo(3, 40, 10_001), "big.mp4");
        HttpResponse<String> overRaw = postRaw(UPLOAD, "video/mp4", fakeVideo(3, 40, 10_001));
        HttpResponse<String> tooManyFrames = uploadAsTheOriginalClient(fakeVideo(21, 40, 100), "long.mp4");

        assertError(overBody, 413, "PAYLOAD_TOO_LARGE");
        assertError(overDecoded, 413, "PAYLOAD_TOO_LARGE");
        assertThat(json(overDecoded).at("/error/details/max_bytes").asLong()).isEqualTo(10_000);
        assertError(overRaw, 413, "PAYLOAD_TOO_LARGE");
        assertError(tooManyFrames, 400, "INVALID_VIDEO");
        assertThat(json(tooManyFrames).at("/error/details/reason").asText()).contains("20 frames");
        assertThat(server.injector.getInstance(FrameBuffers.class).stats().frames())
                .isZero();
    }

    @Test
    void aBodyLargerThanJacksonsDefaultStringLimitIsReadAsAStream() {
        start(VideoLimits.DEFAULTS);
        byte[] video = fakeVideo(2, 40, 16 * 1024 * 1024); // 22.4 M base64 characters, over Jackson's 20 M

        HttpResponse<String> response = uploadAsTheOriginalClient(video, "big.mp4");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("video_size_mb").asDouble()).isEqualTo(16.0);
    }

    @Test
    void eachUploadIsMeteredOnceAsACallToTheUploadRoute() {
        start(VideoLimits.DEFAULTS);

        uploadAsTheOriginalClient(fakeVideo(2, 40, 100), "a.mp4");
        uploadAsTheOriginalClient("garbage".getBytes(StandardCharsets.UTF_8), "b.mp4");

        InMemoryUsageStore store = server.injector.getInstance(InMemoryUsageStore.class);
        List<UsageRecord> records = store.list(acmeId, ALL_OF_2026, null, 100).stream()
                .map(UsageEntry::record)
                .toList();
        assertThat(records).extracting(UsageRecord::endpoint).containsExactly(UPLOAD, UPLOAD);
        assertThat(records).extracting(UsageRecord::statusCode).containsExactlyInAnyOrder(200, 400);
        assertThat(metered).hasSize(2);
    }

    @Test
    void theServedDocumentDescribesTheRouteWithItsBodyAndAnswer() {
        start(VideoLimits.DEFAULTS);

        JsonNode post = json(server.get("/openapi.json")).at("/paths/~1api~1video~1upload/post");

        assertThat(post.get("operationId").asText()).isEqualTo("uploadVideo");
        assertThat(post.at("/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/VideoUploadRequest");
        assertThat(post.at("/requestBody/content/video~1mp4/schema/format").asText())
                .isEqualTo("binary");
        assertThat(post.at("/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/VideoUploadedView");
        JsonNode schemas = json(server.get("/openapi.json")).at("/components/schemas");
        assertThat(schemas.at("/VideoUploadRequest/properties").has("video_data"))
                .isTrue();
        assertThat(schemas.at("/VideoUploadedView/properties").has("ready_for_analysis"))
                .isTrue();
    }
}
