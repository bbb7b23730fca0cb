package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.mail.MailQueueDepth;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.testsupport.Ffmpeg;
import io.vigint.testsupport.Ffprobe;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The original Vigint client's analyze and alert requests (SPEC §3.1b), replayed against {@code vigint serve}'s
 * own wiring (real HTTP, frame buffers, local analyzer, FFmpeg decoder, alert service and outbox) exactly as the
 * original code sends them: {@code vigint/app.py} ({@code Authorization: Bearer}, frames to {@code
 * /api/video/buffer}, analyze with {@code {}}, then its alert built from the analysis answer, {@code
 * analysis_result['frame_count']} included) and {@code api_client.py}'s {@code APIClient} ({@code X-API-Key};
 * {@code analyze_frame}'s {@code {"frame","frame_count","buffer_type"}}; {@code send_security_alert}'s {@code
 * client_id} and, with a recording, {@code video_data}/{@code video_filename}). The bodies are written here by
 * hand as Python's {@code requests} serialises {@code json=} ({@code json.dumps}: {@code ", "} and {@code ": "}
 * separators, {@code None} as {@code null}).
 */
class OriginalClientAlertCompatIT {
    private static final int FRAMES = 10;
    private static final int VIDEO_FPS = 10;
    private static final double VIDEO_SECONDS = 2.0;
    private static final int VIDEO_FRAMES = 20;

    @TempDir
    Path cwd;

    @TempDir
    Path recordings;

    private ServedVigint served;
    private CreatedClient acme;

    @BeforeEach
    void start() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        acme = served.createClient("Acme");
    }

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void appPyStreamsAnalyzesWithAnEmptyBodyAndItsAlertBuiltFromTheAnswerIsSentWithTheAnalysedFramesAsClip()
            throws Exception {
        List<Frame> frames = SyntheticScenes.moving(FRAMES, 30, 10, FrameFormat.JPEG, Instant.now(), 3);
        for (int i = 0; i < frames.size(); i++) {
            // app.py add_frame_to_buffer: {'frame_data': ..., 'frame_count': self.frame_count}
            JsonNode buffered = ok(asAppPy(
                    "api/video/buffer",
                    "{\"frame_data\": \"" + base64(frames.get(i).data()) + "\", \"frame_count\": " + (i + 1) + "}"));
            assertThat(buffered.get("frame_count").asInt()).isEqualTo(i + 1);
            Thread.sleep(100); // app.py's capture loop: time.sleep(0.1) per frame (the server times the frames)
        }

        JsonNode analysis = ok(asAppPy("api/video/analyze", "{}"));

        // What app.py and its send_security_alert read of the answer.
        assertThat(analysis.get("has_security_incident").asBoolean())
                .as(analysis.toString())
                .isTrue();
        assertThat(analysis.get("frame_count").isInt()).isTrue();
        int frameCount = analysis.get("frame_count").asInt();
        assertThat(frameCount)
                .isEqualTo(analysis.get("frames_analyzed").asInt())
                .isBetween(2, FRAMES);
        assertThat(analysis.get("incident_detected").asBoolean()).isTrue();
        assertThat(analysis.get("client_email").asText()).isEqualTo("acme@example.com");
        assertThat(analysis.get("analysis").asText()).isNotBlank();
        assertThat(analysis.get("risk_level").asText()).isNotBlank();
        assertThat(analysis.hasNonNull("incident_type")).isTrue();

        // app.py send_security_alert: {'analysis', 'frame_count', 'risk_level', 'incident_type'} from the answer.
        String alertBody = "{\"analysis\": " + analysis.get("analysis") + ", \"frame_count\": " + frameCount
                + ", \"risk_level\": " + analysis.get("risk_level") + ", \"incident_type\": "
                + analysis.get("incident_type") + "}";
        JsonNode alert = ok(asAppPy("api/video/alert", alertBody));

        assertThat(alert.get("success").asBoolean()).isTrue();
        assertThat(alert.get("recipient").asText()).isEqualTo("acme@example.com");
        assertThat(alert.get("video_attached").asBoolean()).isTrue();
        List<Path> outbox = served.awaitOutbox(1);
        assertThat(outbox).hasSize(1);
        MimeMessage mail = OutboxMail.read(outbox.get(0));
        assertThat(OutboxMail.recipients(mail)).containsExactly("acme@example.com");
        assertThat(Ffprobe.probe(OutboxMail.onlyAttachment(mail)).frames())
                .as("the clip is the frames the analysis looked at")
                .isEqualTo(frameCount);
    }

    @Test
    void apiClientAnalyzeFrameWithItsFrameFrameCountAndBufferTypeIsAnsweredNot400() throws Exception {
        List<Frame> frames = SyntheticScenes.still(FRAMES, 6, FrameFormat.JPEG, Instant.now(), 2);
        served.bufferBatch(acme, "default", frames);
        String frame = base64(frames.get(FRAMES - 1).data());

        for (String body : List.of(
                "{\"frame\": \"" + frame + "\", \"frame_count\": 42, \"buffer_type\": \"short\"}",
                "{\"frame\": \"" + frame + "\", \"frame_count\": 42, \"buffer_type\": \"long\"}",
                "{\"frame\": null, \"frame_count\": 0, \"buffer_type\": \"short\"}")) {
            JsonNode analysis = ok(asApiClient("api/video/analyze", body));
            assertThat(analysis.get("has_security_incident").asBoolean())
                    .as(analysis.toString())
                    .isFalse();
            assertThat(analysis.get("incident_detected").asBoolean()).isFalse();
            assertThat(analysis.get("risk_level").asText()).isEqualTo("NONE");
            assertThat(analysis.get("frame_count").asInt())
                    .as("the frames analysed, not the frame number sent")
                    .isEqualTo(analysis.get("frames_analyzed").asInt())
                    .isBetween(1, FRAMES);
            assertThat(analysis.get("client_email").asText()).isEqualTo("acme@example.com");
        }
        assertThat(served.injector()
                        .getInstance(io.vigint.core.video.FrameWindows.class)
                        .longWindow(acme.client().id(), "default"))
                .as("the frame sent with the analysis is not buffered, as the original server never read it")
                .hasSize(FRAMES);
    }

    @Test
    void apiClientSendSecurityAlertWithARecordingMakesTheRecordingTheClip() throws Exception {
        byte[] video = Files.readAllBytes(Ffmpeg.testPattern(
                recordings.resolve("incident.mp4"), Ffmpeg.Codec.MPEG4, 320, 240, VIDEO_FPS, VIDEO_SECONDS));
        // A buffered scene of another size: the clip must be the recording, not this.
        served.bufferBatch(
                acme,
                "default",
                SyntheticScenes.still(FRAMES, 6, FrameFormat.JPEG, Instant.now().minusSeconds(2), 4));

        // send_security_alert(analysis, risk_level, video_path, client_id=None); the body as the client
        // sends it (with use_server_buffer false), then as api_client.py's own version sends it (without). The
        // client sends no incident type or source, so the second is of a higher risk level to break through the
        // first one's cooldown.
        List<String> bodies = List.of(
                "{\"analysis\": \"Vol \\u00e0 l'\\u00e9talage\", \"risk_level\": \"MEDIUM\", \"client_id\": null,"
                        + " \"use_server_buffer\": false, \"video_data\": \"" + base64(video)
                        + "\", \"video_filename\": \"incident.mp4\"}",
                "{\"analysis\": \"Second incident at the till\", \"risk_level\": \"HIGH\", \"client_id\": null,"
                        + " \"video_data\": \"" + base64(video) + "\", \"video_filename\": \"incident.mp4\"}");
        for (int i = 0; i < bodies.size(); i++) {
            JsonNode alert = ok(asApiClient("api/video/alert", bodies.get(i)));
            assertThat(alert.get("success").asBoolean()).isTrue();
            assertThat(alert.get("video_attached").asBoolean())
                    .as(alert.toString())
                    .isTrue();
            List<Path> outbox = served.awaitOutbox(i + 1);
            assertThat(outbox).hasSize(i + 1);
            MimeMessage mail = OutboxMail.read(outbox.get(i));
            assertThat(OutboxMail.recipients(mail)).containsExactly("acme@example.com");
            Ffprobe.Probe clip = Ffprobe.probe(OutboxMail.onlyAttachment(mail));
            assertThat(clip.frames()).as("the recording's frames").isEqualTo(VIDEO_FRAMES);
            assertThat(clip.width()).isEqualTo(320);
        }
    }

    @Test
    void theAlertRoutesTakeARecordingOverTheGeneralBodyLimitUpToTheUploadLimit() throws Exception {
        byte[] video = Files.readAllBytes(Ffmpeg.testPattern(
                recordings.resolve("big.mp4"), Ffmpeg.Codec.MPEG4, 320, 240, VIDEO_FPS, VIDEO_SECONDS));
        int generalLimit = 16 * 1024;
        assertThat(4 * (video.length / 3))
                .as("the body is over the general limit")
                .isGreaterThan(generalLimit);
        served.close();
        served = ServedVigint.start(
                cwd.resolve("limits"),
                null,
                Map.of(
                        "VIGINT_MAX_BODY_BYTES", Integer.toString(generalLimit),
                        "VIGINT_VIDEO_UPLOAD_MAX_BYTES", Integer.toString(video.length)));
        acme = served.createClient("Acme");

        JsonNode alert = ok(asApiClient(
                "api/alert",
                "{\"analysis\": \"Theft\", \"risk_level\": \"HIGH\", \"client_id\": null, \"video_data\": \""
                        + base64(video) + "\", \"video_filename\": \"big.mp4\"}"));
        assertThat(alert.get("video_attached").asBoolean()).isTrue();

        byte[] tooBig = Arrays.copyOf(video, video.length + 1);
        HttpResponse<String> refused = asApiClient(
                "api/video/alert",
                "{\"analysis\": \"Theft again\", \"risk_level\": \"HIGH\", \"video_data\": \"" + base64(tooBig)
                        + "\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(ServedVigint.JSON.readTree(refused.body()).at("/error/code").asText())
                .isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(served.awaitOutbox(1)).hasSize(1);
        Thread.sleep(500);
        assertThat(served.outbox()).as("only the first alert was sent").hasSize(1);
    }

    @Test
    void useServerBufferFalseWithoutARecordingSendsTheAlertWithoutVideoAndTrueIgnoresTheRecording() throws Exception {
        served.bufferBatch(acme, "default", SyntheticScenes.still(FRAMES, 6, FrameFormat.JPEG, Instant.now(), 5));

        JsonNode none = ok(asApiClient(
                "api/alert",
                "{\"analysis\": \"Door open\", \"risk_level\": \"LOW\", \"client_id\": \"shop-1\","
                        + " \"use_server_buffer\": false}"));
        assertThat(none.get("video_attached").asBoolean()).as(none.toString()).isFalse();

        // use_server_buffer true: the buffer is the clip; video_data (here not even a video) is not read.
        JsonNode buffer = ok(asApiClient(
                "api/alert",
                "{\"analysis\": \"Door forced\", \"risk_level\": \"HIGH\", \"client_id\": \"shop-1\","
                        + " \"use_server_buffer\": true, \"video_data\": \"" + base64(new byte[] {1, 2, 3})
                        + "\", \"video_filename\": \"x.mp4\"}"));
        assertThat(buffer.get("video_attached").asBoolean())
                .as(buffer.toString())
                .isTrue();
        List<Path> outbox = served.awaitOutbox(2);
        assertThat(outbox).hasSize(2);
        // The drainer may send the two at once, so the outbox order is not the alerts' order.
        List<MimeMessage> mails = new ArrayList<>();
        for (Path eml : outbox) {
            mails.add(OutboxMail.read(eml));
        }
        MimeMessage withBuffer = mails.get(0).getSubject().contains("HIGH") ? mails.get(0) : mails.get(1);
        MimeMessage withoutVideo = withBuffer == mails.get(0) ? mails.get(1) : mails.get(0);
        assertThat(withBuffer.getSubject()).contains("HIGH");
        assertThat(withoutVideo.getSubject()).contains("LOW");
        assertThat(OutboxMail.attachments(withoutVideo)).isEmpty();
        assertThat(Ffprobe.probe(OutboxMail.onlyAttachment(withBuffer)).frames())
                .isEqualTo(FRAMES);
    }

    @Test
    void aRecordingThatIsNotAVideoIs400InvalidVideoAndNothingIsSent() throws Exception {
        byte[] video = Files.readAllBytes(Ffmpeg.testPattern(
                recordings.resolve("cut.mp4"), Ffmpeg.Codec.H264_HIGH, 320, 240, VIDEO_FPS, VIDEO_SECONDS));
        byte[] cut = Arrays.copyOf(video, video.length / 2);
        for (byte[] bad : List.of(cut, "not a video at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            HttpResponse<String> refused = asApiClient(
                    "api/video/alert",
                    "{\"analysis\": \"Intrusion\", \"risk_level\": \"HIGH\", \"client_id\": null, \"video_data\": \""
                            + base64(bad) + "\", \"video_filename\": \"cut.mp4\"}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            JsonNode error = ServedVigint.JSON.readTree(refused.body());
            assertThat(error.get("status").asText()).isEqualTo("error");
            assertThat(error.at("/error/code").asText()).isEqualTo("INVALID_VIDEO");
        }
        HttpResponse<String> notBase64 = asApiClient(
                "api/video/alert",
                "{\"analysis\": \"Intrusion\", \"risk_level\": \"HIGH\", \"video_data\": \"%%%not base64%%%\"}");
        assertThat(notBase64.statusCode()).as(notBase64.body()).isEqualTo(400);
        assertThat(ServedVigint.JSON
                        .readTree(notBase64.body())
                        .at("/error/code")
                        .asText())
                .isEqualTo("VALIDATION_FAILED");

        assertThat(served.awaitMailQueueSettled()).as("nothing queued").isEqualTo(new MailQueueDepth(0, 0, 0));
        assertThat(served.outbox()).as("nothing sent").isEmpty();
        // The same alert without the bad recording goes out: the refusals reserved no duplicate.
        ok(asApiClient(
                "api/video/alert", "{\"analysis\": \"Intrusion\", \"risk_level\": \"HIGH\", \"client_id\": null}"));
        assertThat(served.awaitOutbox(1)).hasSize(1);
    }

    @Test
    void hostileAForeignClientIdNeverReachesTheOtherTenant() throws Exception {
        CreatedClient beta = served.createClient("Beta");
        served.bufferBatch(beta, "default", SyntheticScenes.moving(FRAMES, 30, 10, FrameFormat.JPEG, Instant.now(), 9));

        List<String> foreignIds = List.of(
                Long.toString(beta.client().id().value()),
                "\"" + beta.client().id().value() + "\"",
                "\"Beta\"");
        for (int i = 0; i < foreignIds.size(); i++) {
            // A different incident type each time, so that none is held back by the cooldown of the one before.
            JsonNode alert = ok(asApiClient(
                    "api/video/alert",
                    "{\"analysis\": \"Attempt " + (i + 1) + " to alert another tenant\", \"risk_level\": \"HIGH\","
                            + " \"incident_type\": \"attempt " + (i + 1) + "\", \"client_id\": " + foreignIds.get(i)
                            + ", \"use_server_buffer\": true}"));
            assertThat(alert.get("deduplicated").asBoolean()).isFalse();
            assertThat(alert.get("recipient").asText())
                    .as("the caller's own address")
                    .isEqualTo("acme@example.com");
            assertThat(alert.get("video_attached").asBoolean())
                    .as("Acme has no frames; Beta's are never used")
                    .isFalse();
        }
        List<Path> outbox = served.awaitOutbox(3);
        assertThat(outbox).hasSize(3);
        for (Path eml : outbox) {
            MimeMessage mail = OutboxMail.read(eml);
            assertThat(OutboxMail.recipients(mail)).containsExactly("acme@example.com");
            assertThat(OutboxMail.attachments(mail)).isEmpty();
        }
    }

    /** A request as {@code vigint/app.py} sends it: {@code requests.post(url, json=..., headers=self.headers)}. */
    private HttpResponse<String> asAppPy(String path, String json) throws Exception {
        return send(path, json, "Authorization", "Bearer " + acme.apiKey().plainText());
    }

    /** A request as {@code APIClient._make_request} sends it: its session's {@code X-API-Key} header. */
    private HttpResponse<String> asApiClient(String path, String json) throws Exception {
        return send(path, json, "X-API-Key", acme.apiKey().plainText());
    }

    private HttpResponse<String> send(String path, String json, String authHeader, String authValue) throws Exception {
        return served.postAsPythonClient(path, json, authHeader, authValue);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ServedVigint.JSON.readTree(response.body());
    }
}
