package io.vigint.cli;

import static io.vigint.cli.OriginalClientRequests.dict;
import static io.vigint.cli.OriginalClientRequests.dumps;
import static io.vigint.cli.OriginalClientRequests.error;
import static io.vigint.cli.OriginalClientRequests.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.core.videofile.ClientStorageService;
import io.vigint.testsupport.Ffmpeg;
import io.vigint.testsupport.Ffprobe;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/videos/upload} on {@code vigint serve}'s wiring, with the multipart request the original
 * {@code video_link_service.py} sends (a recording in MPEG-4 Part 2 as OpenCV writes it, made by Debian's
 * ffmpeg); the private link played back through the real server and judged by ffprobe. The server's clock is
 * the test's, so links expire without waiting.
 */
class HostedVideoIT {
    private static final long MAX_BYTES = 1024 * 1024;

    @TempDir
    Path cwd;

    @TempDir
    Path recordings;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private ServedVigint served;
    private OriginalClientRequests original;
    private CreatedClient acme;
    private CreatedClient other;
    private byte[] recording;

    @BeforeEach
    void start() throws Exception {
        recording = Files.readAllBytes(
                Ffmpeg.testPattern(recordings.resolve("incident.mp4"), Ffmpeg.Codec.MPEG4, 320, 240, 10, 2));
        served = ServedVigint.startOnClock(
                cwd,
                Map.of(
                        "VIGINT_VIDEO_UPLOAD_MAX_BYTES",
                        Long.toString(MAX_BYTES),
                        "VIGINT_STORAGE_MAX_LINK_LIFETIME",
                        "30d"),
                clock);
        original = new OriginalClientRequests(served.server().uri());
        acme = served.createClient("Acme");
        other = served.createClient("Other");
    }

    @AfterEach
    void stop() {
        served.close();
    }

    /** {@code VideoLinkService.upload_video(path, incident_data, expiration_hours)} with {@code key} as its API key. */
    private HttpResponse<byte[]> uploadAsTheOriginalClient(String key, String videoId, Object hours, byte[] video)
            throws Exception {
        Map<String, Object> metadata = dict(
                "video_id", videoId,
                "upload_timestamp", "2026-01-01T12:00:00.000001",
                "expiration_time", "2026-01-02T12:00:00.000001",
                "source", "vigint-security-system",
                "type", "security_incident",
                "incident_type", "theft",
                "risk_level", "HIGH",
                "confidence", 0.0,
                "frame_count", 20,
                "analysis", "Someone at the counter",
                "file_hash", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("metadata", dumps(metadata));
        fields.put("expiration_hours", String.valueOf(hours));
        fields.put("access_type", "private");
        if (videoId.chars().anyMatch(Character::isISOControl)) {
            // requests refuses to send such a header; the id still reaches the server in the metadata
            return original.multipartUpload(fields, "incident.mp4", video, "Authorization", "Bearer " + key);
        }
        return original.multipartUpload(
                fields, "incident_" + videoId + ".mp4", video, "Authorization", "Bearer " + key, "X-Video-ID", videoId);
    }

    /** The link, on the port the test's server really has. */
    private HttpResponse<byte[]> follow(String link, String... headers) throws Exception {
        URI uri = URI.create(link);
        assertThat(uri.getScheme() + "://" + uri.getHost()).isEqualTo("http://127.0.0.1");
        return original.get(uri.getRawPath().substring(1) + "?" + uri.getRawQuery(), headers);
    }

    @Test
    void theOriginalUploadIsHostedBehindAPrivateLinkThatPlaysWithRangesUntilItExpires() throws Exception {
        String videoId = UUID.randomUUID().toString();

        JsonNode hosted = ok(uploadAsTheOriginalClient(acme.apiKey().plainText(), videoId, 24, recording));

        assertThat(hosted.get("success").asBoolean()).isTrue();
        assertThat(hosted.get("video_id").asText()).isEqualTo(videoId);
        String link = hosted.get("private_link").asText();
        // absolute, on the server's public base URL (here the configured host with port 0: the test binds a free one)
        assertThat(URI.create(link).getRawPath()).startsWith("/video/");
        assertThat(URI.create(link).getRawQuery()).startsWith("token=");
        assertThat(link).doesNotContain(videoId);
        assertThat(hosted.get("expiration_time").asText())
                .isEqualTo(clock.instant().plus(Duration.ofHours(24)).toString());
        assertThat(hosted.get("client_id").asLong())
                .isEqualTo(acme.client().id().value());
        assertThat(hosted.get("codec").asText()).isEqualTo("mpeg4");

        HttpResponse<byte[]> played = follow(link);
        assertThat(played.statusCode()).isEqualTo(200);
        assertThat(played.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(played.body()).isEqualTo(recording);
        Ffprobe.Probe probe = Ffprobe.probe(played.body());
        assertThat(probe.codec()).isEqualTo("mpeg4");
        assertThat(probe.frames()).isEqualTo(20);
        HttpResponse<byte[]> part = follow(link, "Range", "bytes=-100");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(recording, recording.length - 100, recording.length));
        JsonNode forged = error(follow(link.replaceAll("token=.*", "token=1.AAAA")), 403);
        assertThat(forged.get("code").asText()).isEqualTo("INVALID_VIDEO_TOKEN");

        // It is the uploader's: in its storage, not in another client's; the call is metered.
        assertThat(status(acme).at("/hosted_videos/count").asInt()).isEqualTo(1);
        assertThat(status(acme).at("/hosted_videos/bytes").asLong()).isEqualTo(recording.length);
        assertThat(status(other).at("/hosted_videos/count").asInt()).isZero();
        JsonNode usage = ok(original.session("GET", "api/usage", acme.apiKey().plainText(), null));
        assertThat(usage.get("usage").findValuesAsText("endpoint")).contains("/api/v1/videos/upload");

        clock.advance(Duration.ofHours(24));
        assertThat(error(follow(link), 403).get("code").asText()).isEqualTo("INVALID_VIDEO_TOKEN");
        assertThat(served.videoFiles()).hasSize(2);
        served.injector().getInstance(ClientStorageService.class).purgeExpired();
        assertThat(served.videoFiles()).isEmpty();
    }

    @Test
    void theLifetimeIsCappedTheSameVideoIdReplacesAndAHostileVideoIdIsOnlyALabel() throws Exception {
        JsonNode capped = ok(uploadAsTheOriginalClient(acme.apiKey().plainText(), "cam-1", 100_000, recording));
        assertThat(capped.get("expiration_time").asText())
                .isEqualTo(clock.instant().plus(Duration.ofDays(30)).toString());

        JsonNode again = ok(uploadAsTheOriginalClient(acme.apiKey().plainText(), "cam-1", 1, recording));
        assertThat(error(follow(capped.get("private_link").asText()), 404)
                        .get("code")
                        .asText())
                .isEqualTo("CLIP_NOT_FOUND");
        assertThat(follow(again.get("private_link").asText()).statusCode()).isEqualTo(200);
        assertThat(status(acme).at("/hosted_videos/count").asInt()).isEqualTo(1);

        for (String hostile : List.of("../../../../tmp/evil", "..\\..\\x.mp4", "/etc/passwd", "a/../../b.json")) {
            JsonNode hosted = ok(uploadAsTheOriginalClient(acme.apiKey().plainText(), hostile, 1, recording));
            assertThat(hosted.get("video_id").asText()).isEqualTo(hostile);
            assertThat(follow(hosted.get("private_link").asText()).body()).isEqualTo(recording);
        }
        try (Stream<Path> all = Files.walk(cwd)) {
            assertThat(all.filter(Files::isRegularFile)
                            .filter(p -> p.toString().contains("evil")
                                    || p.getFileName().toString().endsWith(".json")
                                    || p.getFileName().toString().contains("passwd")))
                    .isEmpty();
        }
        assertThat(served.videoFiles())
                .allMatch(p -> p.getFileName().toString().matches("[A-Za-z0-9_-]{22}\\.(mp4|meta)"))
                .hasSize(10);
    }

    @Test
    void badUploadsAreRefusedAndStoreNothing() throws Exception {
        String key = acme.apiKey().plainText();
        JsonNode garbage = error(uploadAsTheOriginalClient(key, "x", 1, "not a video at all".getBytes()), 400);
        assertThat(garbage.get("code").asText()).isEqualTo("INVALID_VIDEO");
        byte[] cut = Arrays.copyOf(recording, recording.length / 2);
        assertThat(error(uploadAsTheOriginalClient(key, "x", 1, cut), 400)
                        .get("code")
                        .asText())
                .isEqualTo("INVALID_VIDEO");
        assertThat(error(uploadAsTheOriginalClient(key, "x", 1, new byte[(int) MAX_BYTES + 1]), 413)
                        .get("code")
                        .asText())
                .isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(error(uploadAsTheOriginalClient(key, "x", 1, new byte[(int) MAX_BYTES * 2]), 413)
                        .get("code")
                        .asText())
                .isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(error(uploadAsTheOriginalClient(key, "", 1, recording), 400)
                        .at("/details/field")
                        .asText())
                .isEqualTo("video_id");
        assertThat(error(uploadAsTheOriginalClient(key, "a\u0000b", 1, recording), 400)
                        .at("/details/field")
                        .asText())
                .isEqualTo("video_id");
        assertThat(error(uploadAsTheOriginalClient(key, "x", "-2", recording), 400)
                        .at("/details/field")
                        .asText())
                .isEqualTo("expiration_hours");
        assertThat(error(uploadAsTheOriginalClient(key, "x", "soon", recording), 400)
                        .at("/details/field")
                        .asText())
                .isEqualTo("expiration_hours");
        assertThat(error(
                                original.multipartUpload(
                                        Map.of("metadata", "{not json"), "v.mp4", recording, "X-API-Key", key),
                                400)
                        .at("/details/field")
                        .asText())
                .isEqualTo("metadata");
        assertThat(error(
                                original.multipartUpload(
                                        Map.of("metadata", "{\"video_id\": \"x\"}"), null, null, "X-API-Key", key),
                                400)
                        .at("/details/field")
                        .asText())
                .isEqualTo("video");
        HttpResponse<byte[]> notMultipart = original.get("api/v1/videos/upload", "X-API-Key", key);
        assertThat(notMultipart.statusCode()).isEqualTo(405);
        assertThat(error(uploadAsTheOriginalClient("not-a-key", "x", 1, recording), 401)
                        .get("code")
                        .asText())
                .isEqualTo("INVALID_TOKEN");
        assertThat(error(original.multipartUpload(Map.of("metadata", "{\"video_id\": \"x\"}"), "v.mp4", recording), 401)
                        .get("code")
                        .asText())
                .isEqualTo("API_KEY_REQUIRED");
        assertThat(served.videoFiles()).isEmpty();
        assertThat(status(acme).get("used_bytes").asLong()).isZero();
    }

    @Test
    void anOperatorKeyUploadsForTheClientItNames() throws Exception {
        String admin = served.injector()
                .getInstance(OperatorKeysUseCase.class)
                .createOperatorKey("ops")
                .plainText();
        String metadata =
                dumps(dict("video_id", "ops-1", "client_id", acme.client().id().value()));

        JsonNode hosted = ok(original.multipartUpload(
                Map.of("metadata", metadata, "expiration_hours", "2"), "v.mp4", recording, "X-Admin-Key", admin));

        assertThat(hosted.get("client_id").asLong())
                .isEqualTo(acme.client().id().value());
        assertThat(status(acme).at("/hosted_videos/count").asInt()).isEqualTo(1);
        assertThat(follow(hosted.get("private_link").asText()).body()).isEqualTo(recording);
        JsonNode missing = error(
                original.multipartUpload(
                        Map.of("metadata", dumps(dict("video_id", "ops-2"))), "v.mp4", recording, "X-Admin-Key", admin),
                400);
        assertThat(missing.at("/details/field").asText()).isEqualTo("client_id");
        JsonNode unknown = error(
                original.multipartUpload(
                        Map.of("metadata", dumps(dict("video_id", "ops-3")), "client_id", "999999"),
                        "v.mp4",
                        recording,
                        "X-Admin-Key",
                        admin),
                404);
        assertThat(unknown.get("code").asText()).isEqualTo("CLIENT_NOT_FOUND");
        assertThat(error(
                                original.multipartUpload(
                                        Map.of("metadata", metadata), "v.mp4", recording, "X-Admin-Key", "vgo_nope"),
                                401)
                        .get("code")
                        .asText())
                .isEqualTo("INVALID_ADMIN_KEY");
        // A client's key cannot act for another client: client_id in the form is ignored.
        JsonNode own = ok(original.multipartUpload(
                Map.of(
                        "metadata",
                        dumps(dict(
                                "video_id",
                                "x",
                                "client_id",
                                other.client().id().value())),
                        "client_id",
                        Long.toString(other.client().id().value())),
                "v.mp4",
                recording,
                "X-API-Key",
                acme.apiKey().plainText()));
        assertThat(own.get("client_id").asLong()).isEqualTo(acme.client().id().value());
        assertThat(status(other).at("/hosted_videos/count").asInt()).isZero();
    }

    private JsonNode status(CreatedClient client) throws Exception {
        return ok(original.session("GET", "api/storage/status", client.apiKey().plainText(), null));
    }
}
