package io.vigint.cli;

import static io.vigint.cli.OriginalClientRequests.dict;
import static io.vigint.cli.OriginalClientRequests.dumps;
import static io.vigint.cli.OriginalClientRequests.error;
import static io.vigint.cli.OriginalClientRequests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.testing.TestFrames;
import io.vigint.core.video.Frame;
import io.vigint.testsupport.Ffprobe;
import io.vigint.testsupport.Mp4Boxes;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/video/create} and {@code GET /api/video/download/{id}} on {@code vigint serve}'s wiring (the
 * real FFmpeg encoder, file store and frame buffers), with the requests {@code api_client.py}'s {@code
 * create_video_from_frames} sends; the videos judged by Debian's ffprobe. The server's clock is the test's, so
 * the download's expiry is reached without waiting.
 */
class CreatedVideoIT {
    private static final int FRAMES = 12;

    @TempDir
    Path cwd;

    private final MutableClock clock = new MutableClock(Instant.now());
    private ServedVigint served;
    private OriginalClientRequests original;
    private CreatedClient acme;
    private CreatedClient other;

    @BeforeEach
    void start() throws Exception {
        served = ServedVigint.startOnClock(cwd, Map.of("VIGINT_STORAGE_DOWNLOAD_LIFETIME", "10m"), clock);
        original = new OriginalClientRequests(served.server().uri());
        acme = served.createClient("Acme");
        other = served.createClient("Other");
    }

    @AfterEach
    void stop() {
        served.close();
    }

    private static List<Object> frames(int count) {
        List<Object> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(Base64.getEncoder().encodeToString(TestFrames.jpeg(320, 240, 10 + 8 * i)));
        }
        return frames;
    }

    /** What {@code create_video_from_frames(frames, "out/incident.mp4")} posts. */
    private HttpResponse<byte[]> createAsTheOriginalClient(CreatedClient client, List<Object> frames) throws Exception {
        String body =
                dumps(dict("frames", frames, "output_filename", "incident.mp4", "fps", null, "video_format", null));
        return original.session("POST", "api/video/create", client.apiKey().plainText(), body);
    }

    @Test
    void theOriginalClientsFramesBecomeAnMp4ThatOnlyItsOwnerDownloadsWithRanges() throws Exception {
        JsonNode created = ok(createAsTheOriginalClient(acme, frames(FRAMES)));

        assertThat(created.get("success").asBoolean()).isTrue();
        String url = created.get("download_url").asText();
        assertThat(url)
                .startsWith("/api/video/download/")
                .endsWith(created.get("download_id").asText());
        assertThat(created.get("frames_processed").asInt()).isEqualTo(FRAMES);
        assertThat(created.get("duration").asDouble()).isCloseTo(FRAMES / 25.0, within(1e-6));
        byte[] inline = Base64.getDecoder().decode(created.get("video_data").asText());
        assertThat(created.get("size").asLong()).isEqualTo(inline.length);
        assertThat(created.get("expires_at").asText())
                .isEqualTo(clock.instant()
                        .plus(Duration.ofMinutes(10))
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString());

        // requests.get(base_url + download_url, headers={'X-API-Key': key}), as create_video_from_frames does
        HttpResponse<byte[]> download =
                original.get(url.substring(1), "X-API-Key", acme.apiKey().plainText());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=video_");
        assertThat(download.body()).isEqualTo(inline);
        assertThat(Mp4Boxes.fastStart(download.body())).isTrue();
        Ffprobe.Probe probe = Ffprobe.probe(download.body());
        assertThat(probe.codec()).isEqualTo("h264");
        assertThat(probe.pixelFormat()).isEqualTo("yuv420p");
        assertThat(probe.width()).isEqualTo(320);
        assertThat(probe.height()).isEqualTo(240);
        assertThat(probe.frames()).isEqualTo(FRAMES);
        assertThat(probe.duration().toMillis()).isCloseTo(480L, within(50L));

        HttpResponse<byte[]> part =
                original.get(url.substring(1), "X-API-Key", acme.apiKey().plainText(), "Range", "bytes=100-199");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + inline.length);
        assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(inline, 100, 200));
        assertThat(error(
                                original.get(
                                        url.substring(1),
                                        "X-API-Key",
                                        acme.apiKey().plainText(),
                                        "Range",
                                        "bytes=999999-"),
                                416)
                        .get("code")
                        .asText())
                .isEqualTo("RANGE_NOT_SATISFIABLE");

        // Another client's key: the same 404 as an id that never existed; no key: 401.
        JsonNode foreign =
                error(original.get(url.substring(1), "X-API-Key", other.apiKey().plainText()), 404);
        JsonNode unknown = error(
                original.get(
                        "api/video/download/AAAAAAAAAAAAAAAAAAAAAA",
                        "X-API-Key",
                        other.apiKey().plainText()),
                404);
        assertThat(foreign.get("code").asText()).isEqualTo("CLIP_NOT_FOUND");
        assertThat(foreign).isEqualTo(unknown);
        assertThat(error(
                                original.get(
                                        "api/video/download/..%2F..%2Fetc%2Fpasswd",
                                        "X-API-Key", acme.apiKey().plainText()),
                                404)
                        .get("code")
                        .asText())
                .isEqualTo("CLIP_NOT_FOUND");
        assertThat(error(original.get(url.substring(1)), 401).get("code").asText())
                .isEqualTo("API_KEY_REQUIRED");

        // The download is kept until it expires (a retry works), then gone for its owner too.
        assertThat(original.get(url.substring(1), "X-API-Key", acme.apiKey().plainText())
                        .statusCode())
                .isEqualTo(200);
        clock.advance(Duration.ofMinutes(10));
        assertThat(error(
                                original.get(
                                        url.substring(1),
                                        "X-API-Key",
                                        acme.apiKey().plainText()),
                                404)
                        .get("code")
                        .asText())
                .isEqualTo("CLIP_NOT_FOUND");
        assertThat(served.videoFiles())
                .as("one .mp4 and its .meta until the purge")
                .hasSize(2);
        served.injector()
                .getInstance(io.vigint.core.videofile.ClientStorageService.class)
                .purgeExpired();
        assertThat(served.videoFiles()).isEmpty();
    }

    @Test
    void withoutFramesTheCallersOwnBufferedSourceBecomesTheVideoAndNoOneElses() throws Exception {
        List<Frame> buffered = new ArrayList<>();
        Instant start = clock.instant().minusSeconds(2);
        for (int i = 0; i < 10; i++) {
            buffered.add(TestFrames.jpegFrame(TestFrames.jpeg(160, 120, 5 * i), start.plusMillis(200L * i)));
        }
        served.bufferBatch(acme, "cam-1", buffered);

        JsonNode created = ok(original.session(
                "POST", "api/video/create", acme.apiKey().plainText(), dumps(dict("source_id", "cam-1"))));

        assertThat(created.get("frames_processed").asInt()).isEqualTo(10);
        assertThat(created.get("source_id").asText()).isEqualTo("cam-1");
        assertThat(created.get("fps").asDouble()).isCloseTo(5, within(1e-6));
        Ffprobe.Probe probe = Ffprobe.probe(
                Base64.getDecoder().decode(created.get("video_data").asText()));
        assertThat(probe.frames()).isEqualTo(10);
        assertThat(probe.width()).isEqualTo(160);

        JsonNode refused = error(
                original.session(
                        "POST", "api/video/create", other.apiKey().plainText(), dumps(dict("source_id", "cam-1"))),
                422);
        assertThat(refused.get("code").asText()).isEqualTo("NO_FRAMES");
    }

    @Test
    void badFramesAreRefusedByIndexAndNothingIsStored() throws Exception {
        List<Object> frames = frames(3);
        frames.set(1, "not base64 at all!");
        JsonNode notBase64 = error(createAsTheOriginalClient(acme, frames), 400);
        assertThat(notBase64.get("code").asText()).isEqualTo("INVALID_FRAME");
        assertThat(notBase64.at("/details/index").asInt()).isEqualTo(1);

        frames.set(1, Base64.getEncoder().encodeToString("GIF89a not a frame".getBytes()));
        JsonNode notImage = error(createAsTheOriginalClient(acme, frames), 400);
        assertThat(notImage.get("code").asText()).isEqualTo("INVALID_FRAME");
        assertThat(notImage.at("/details/index").asInt()).isEqualTo(1);

        JsonNode fps = error(
                original.session(
                        "POST",
                        "api/video/create",
                        acme.apiKey().plainText(),
                        dumps(dict("frames", frames(2), "fps", "fast"))),
                400);
        assertThat(fps.at("/details/field").asText()).isEqualTo("fps");
        JsonNode empty = error(
                original.session(
                        "POST", "api/video/create", acme.apiKey().plainText(), dumps(dict("frames", List.of()))),
                422);
        assertThat(empty.get("code").asText()).isEqualTo("NO_FRAMES");
        assertThat(served.videoFiles()).isEmpty();
    }
}
