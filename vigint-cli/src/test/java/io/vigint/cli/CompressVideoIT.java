package io.vigint.cli;

import static io.vigint.cli.OriginalClientRequests.dict;
import static io.vigint.cli.OriginalClientRequests.dumps;
import static io.vigint.cli.OriginalClientRequests.error;
import static io.vigint.cli.OriginalClientRequests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.testsupport.Ffmpeg;
import io.vigint.testsupport.Ffprobe;
import io.vigint.testsupport.Mp4Boxes;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/video/compress} on {@code vigint serve}'s wiring (the real FFmpeg decoder and encoder), with
 * the request {@code api_client.py}'s {@code compress_video} sends; the answers judged by Debian's ffprobe.
 */
class CompressVideoIT {
    private static final long MAX_UPLOAD = 4L * 1024 * 1024;

    @TempDir
    static Path cwd;

    @TempDir
    static Path recordings;

    private static ServedVigint served;
    private static OriginalClientRequests original;
    private static CreatedClient acme;
    private static byte[] recording;

    @BeforeAll
    static void start() throws Exception {
        // 640x480 at 25 fps, 4 s of a busy pattern in MPEG-4 Part 2 at a high quality: a large recording
        Path file = recordings.resolve("incident.mp4");
        Ffmpeg.run(java.util.List.of(
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=640x480:rate=25",
                "-t",
                "4",
                "-c:v",
                "mpeg4",
                "-vtag",
                "mp4v",
                "-q:v",
                "2",
                file.toString()));
        recording = Files.readAllBytes(file);
        served = ServedVigint.start(cwd, null, Map.of("VIGINT_VIDEO_UPLOAD_MAX_BYTES", Long.toString(MAX_UPLOAD)));
        original = new OriginalClientRequests(served.server().uri());
        acme = served.createClient("Acme");
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** What {@code APIClient.compress_video(path, max_size_mb, quality_reduction)} posts. */
    private static HttpResponse<byte[]> compressAsTheOriginalClient(byte[] video, Object maxSizeMb, Object quality)
            throws Exception {
        String body = dumps(dict(
                "video_data",
                Base64.getEncoder().encodeToString(video),
                "filename",
                "incident.mp4",
                "max_size_mb",
                maxSizeMb,
                "quality_reduction",
                quality));
        return original.session("POST", "api/video/compress", acme.apiKey().plainText(), body);
    }

    @Test
    void aRecordingOverTheLimitIsReEncodedAsH264UnderItAndPlays() throws Exception {
        double limitMb = recording.length / 4.0 / 1048576;

        JsonNode answer = ok(compressAsTheOriginalClient(recording, limitMb, 0.85));

        assertThat(answer.get("success").asBoolean()).isTrue();
        byte[] video = Base64.getDecoder().decode(answer.get("video_data").asText());
        assertThat(answer.get("original_size").asLong()).isEqualTo(recording.length);
        assertThat(answer.get("compressed_size").asLong()).isEqualTo(video.length);
        assertThat(answer.get("compression_ratio").asDouble())
                .isCloseTo((double) video.length / recording.length, within(1e-9));
        assertThat(answer.get("compressed").asBoolean()).isTrue();
        assertThat(answer.get("within_limit").asBoolean())
                .as(answer.toString().replaceAll("\"video_data\":\"[^\"]*\"", ""))
                .isTrue();
        assertThat((long) video.length).isLessThanOrEqualTo((long) (limitMb * 1048576));
        assertThat(Mp4Boxes.fastStart(video)).isTrue();
        Ffprobe.Probe probe = Ffprobe.probe(video);
        assertThat(probe.codec()).isEqualTo("h264");
        assertThat(probe.frames()).isEqualTo(100);
        assertThat(probe.duration().toMillis()).isCloseTo(4_000L, within(100L));
        assertThat(probe.width()).isEqualTo(answer.get("width").asInt()).isLessThanOrEqualTo(640);
    }

    @Test
    void aRecordingWithinTheLimitComesBackUnchangedAsTheOriginalsDid() throws Exception {
        JsonNode answer = ok(compressAsTheOriginalClient(recording, 20, 0.85));

        assertThat(Base64.getDecoder().decode(answer.get("video_data").asText()))
                .isEqualTo(recording);
        assertThat(answer.get("compressed").asBoolean()).isFalse();
        assertThat(answer.get("compression_ratio").asDouble()).isEqualTo(1.0);
        assertThat(answer.get("codec").asText()).isEqualTo("mpeg4");
        assertThat(answer.get("frame_count").asInt()).isEqualTo(100);
    }

    @Test
    void whatIsNotAVideoOrTooLargeIsRefused() throws Exception {
        assertThat(error(compressAsTheOriginalClient("not a video".getBytes(), 1, 0.85), 400)
                        .get("code")
                        .asText())
                .isEqualTo("INVALID_VIDEO");
        byte[] cut = Arrays.copyOf(recording, recording.length / 2);
        assertThat(error(compressAsTheOriginalClient(cut, 0.1, 0.85), 400)
                        .get("code")
                        .asText())
                .isEqualTo("INVALID_VIDEO");
        assertThat(error(compressAsTheOriginalClient(new byte[(int) MAX_UPLOAD + 1], 1, 0.85), 413)
                        .get("code")
                        .asText())
                .isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(error(compressAsTheOriginalClient(recording, 0, 0.85), 400)
                        .at("/details/field")
                        .asText())
                .isEqualTo("max_size_mb");
        assertThat(error(compressAsTheOriginalClient(recording, "big", 0.85), 400)
                        .at("/details/field")
                        .asText())
                .isEqualTo("max_size_mb");
        String notBase64 = dumps(dict("video_data", "%%%", "filename", "x.mp4"));
        assertThat(error(
                                original.session(
                                        "POST",
                                        "api/video/compress",
                                        acme.apiKey().plainText(),
                                        notBase64),
                                400)
                        .at("/details/field")
                        .asText())
                .isEqualTo("video_data");
        assertThat(error(
                                original.session(
                                        "POST",
                                        "api/video/compress",
                                        acme.apiKey().plainText(),
                                        "{}"),
                                400)
                        .at("/details/field")
                        .asText())
                .isEqualTo("video_data");
        assertThat(error(original.session("POST", "api/video/compress", null, "{}"), 401)
                        .get("code")
                        .asText())
                .isEqualTo("API_KEY_REQUIRED");
    }
}
