package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameWindows;
import io.vigint.testsupport.Ffmpeg;
import io.vigint.testsupport.Ffprobe;
import io.vigint.testsupport.Mp4Boxes;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code POST /api/video/upload} end to end, on {@code vigint serve}'s own wiring (the real FFmpeg decoder, frame
 * buffers, local analyzer, alerts and outbox): recordings made here with Debian's ffmpeg in both codecs the
 * original client produces (MPEG-4 Part 2 tagged {@code mp4v}, as OpenCV writes it, and H.264 High), uploaded
 * with exactly the request the original {@code api_client.py} sends; the next analysis sees their frames and an
 * alert carries them as its clip. A recording cut in the middle (with {@code moov} first and with {@code moov}
 * last) is 400 {@code INVALID_VIDEO} and leaves the buffer as it was.
 */
class UploadToAlertIT {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int FPS = 10;
    private static final int SECONDS = 3;
    private static final int FRAMES = FPS * SECONDS;

    @TempDir
    Path cwd;

    @TempDir
    Path recordings;

    private final HttpClient http = HttpClient.newHttpClient();
    private ServedVigint served;

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    /** A recording of ffmpeg's moving test pattern; {@code moov} before the media data when {@code fastStart}. */
    private Path record(Ffmpeg.Codec codec, boolean fastStart) {
        Path out = recordings.resolve(codec.name().toLowerCase() + (fastStart ? "-faststart" : "") + ".mp4");
        return Ffmpeg.testPattern(out, codec, WIDTH, HEIGHT, FPS, SECONDS, fastStart);
    }

    /**
     * What {@code APIClient.upload_video_for_analysis} sends: its session's headers, and {@code json=data} as
     * the requests library writes it (json.dumps: ", " and ": " separators).
     */
    private HttpResponse<String> uploadAsTheOriginalClient(CreatedClient client, byte[] video, String filename)
            throws Exception {
        String body = "{\"video_data\": \"" + Base64.getEncoder().encodeToString(video) + "\", \"video_filename\": \""
                + filename + "\"}";
        return http.send(
                HttpRequest.newBuilder(served.server().uri().resolve("api/video/upload"))
                        .header("User-Agent", "python-requests/2.31.0")
                        .header("Accept", "*/*")
                        .header("X-API-Key", client.apiKey().plainText())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode analyze(CreatedClient client) throws Exception {
        return ok(served.post(client, "api/video/analyze", "{}"));
    }

    private List<Frame> buffered(CreatedClient client) {
        return served.injector()
                .getInstance(FrameWindows.class)
                .longWindow(client.client().id(), FrameWindows.DEFAULT_SOURCE);
    }

    @ParameterizedTest
    @EnumSource(
            value = Ffmpeg.Codec.class,
            names = {"MPEG4", "H264_HIGH"})
    void aRecordingUploadedAsTheOriginalClientDoesIsAnalyzedAndBecomesTheAlertsClipAndACutOneChangesNothing(
            Ffmpeg.Codec codec) throws Exception {
        byte[] video = Files.readAllBytes(record(codec, false));
        byte[] fastStart = Files.readAllBytes(record(codec, true));
        assertThat(Mp4Boxes.fastStart(video))
                .as("ffmpeg writes moov last by default")
                .isFalse();
        assertThat(Mp4Boxes.fastStart(fastStart)).isTrue();
        served = ServedVigint.start(cwd, null, Map.of());
        CreatedClient acme = served.createClient("Acme");

        JsonNode uploaded = ok(uploadAsTheOriginalClient(acme, video, "incident_20260101_120000.mp4"));

        assertThat(uploaded.get("status").asText()).isEqualTo("uploaded");
        assertThat(uploaded.get("ready_for_analysis").asBoolean()).isTrue();
        assertThat(uploaded.get("frame_count").asInt()).isEqualTo(FRAMES);
        assertThat(uploaded.get("duration").asDouble()).isCloseTo(SECONDS, within(0.15));
        assertThat(uploaded.get("video_size_mb").asDouble()).isCloseTo(video.length / 1048576.0, within(1e-9));
        assertThat(uploaded.get("codec").asText()).isEqualTo(codec == Ffmpeg.Codec.MPEG4 ? "mpeg4" : "h264");
        assertThat(uploaded.get("width").asInt()).isEqualTo(WIDTH);
        assertThat(uploaded.get("frames_buffered").asInt()).isEqualTo(FRAMES);
        List<Frame> frames = buffered(acme);
        assertThat(frames).hasSize(FRAMES);
        assertThat(frames.get(0).data()[0] & 0xff).as("JPEG frames").isEqualTo(0xff);

        JsonNode analysis = analyze(acme);
        assertThat(analysis.get("frames_analyzed").asInt())
                .as(analysis.toString())
                .isEqualTo(FRAMES);

        JsonNode alert = ok(served.post(
                acme,
                "api/alert",
                "{\"analysis\":\"Someone at the counter\",\"risk_level\":\"HIGH\",\"incident_type\":\"theft\"}"));
        assertThat(alert.get("video_attached").asBoolean()).as(alert.toString()).isTrue();
        List<Path> outbox = served.awaitOutbox(1);
        assertThat(outbox).hasSize(1);
        Ffprobe.Probe clip = Ffprobe.probe(onlyAttachment(outbox.get(0)));
        assertThat(clip.frames()).as("the clip holds the uploaded frames").isEqualTo(FRAMES);
        assertThat(clip.width()).isEqualTo(WIDTH);

        // Cut in the middle, moov last (no moov at all) and moov first (frames missing): refused, nothing changes.
        for (byte[] whole : List.of(video, fastStart)) {
            byte[] cut = Arrays.copyOf(whole, whole.length / 2);
            HttpResponse<String> refused = uploadAsTheOriginalClient(acme, cut, "cut.mp4");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            JsonNode error = ServedVigint.JSON.readTree(refused.body());
            assertThat(error.get("status").asText()).isEqualTo("error");
            assertThat(error.at("/error/code").asText()).isEqualTo("INVALID_VIDEO");
            assertThat(error.at("/error/details/reason").asText()).isNotBlank();
            assertThat(buffered(acme)).as("the buffer is untouched").isEqualTo(frames);
            assertThat(analyze(acme).get("frames_analyzed").asInt()).isEqualTo(FRAMES);
        }
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ServedVigint.JSON.readTree(response.body());
    }

    /** The bytes of the message's one attachment. */
    private static byte[] onlyAttachment(Path eml) throws Exception {
        MimeMessage message;
        try (InputStream in = Files.newInputStream(eml)) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        List<Part> attachments = new ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                    attachments.add(part);
                }
            }
        }
        assertThat(attachments).hasSize(1);
        try (InputStream in = attachments.get(0).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
