package io.vigint.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.clip.ClipFormat;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.analysis.AnalysisStage;
import io.vigint.core.video.analysis.Assessment;
import io.vigint.core.video.analysis.RiskLevel;
import io.vigint.testsupport.Ffmpeg;
import io.vigint.testsupport.Ffprobe;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class GeminiAnalyzerIT {
    private static final String KEY = "test-gemini-key-" + Long.toHexString(System.nanoTime());
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERDICT = "{\"has_security_incident\": true, \"risk_level\": \"high\", "
            + "\"incident_type\": \"Intrusion\", \"analysis\": \"A person climbs over the fence at night.\"}";

    private final FakeGemini gemini = new FakeGemini();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final List<Frame> frames = SyntheticScenes.moving(4, 30, 10, FrameFormat.JPEG, T0, 1);
    private TestClipEncoder clips = TestClipEncoder.mp4(100);

    @BeforeEach
    void captureLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        logs.setContext(context);
        logs.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logs);
    }

    @AfterEach
    void stop() {
        ((LoggerContext) LoggerFactory.getILoggerFactory())
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .detachAppender(logs);
        gemini.close();
    }

    private GeminiAnalyzer analyzer(Duration timeout) {
        return analyzer(timeout, GeminiAnalyzer.DEFAULT_MAX_CLIP_BYTES);
    }

    private GeminiAnalyzer analyzer(Duration timeout, int maxClipBytes) {
        return new GeminiAnalyzer(
                GeminiSettings.withKey(KEY)
                        .withBaseUrl(gemini.baseUrl())
                        .withModels("screen-model", "confirm-model")
                        .withTimeout(timeout)
                        .withMaxFrames(3),
                clips,
                maxClipBytes);
    }

    private GeminiAnalyzer analyzer() {
        return analyzer(Duration.ofSeconds(5));
    }

    @Test
    void sendsTheWindowAsOneMp4ClipBeforeThePromptToTheScreeningModelWithTheKeyInAHeader() throws IOException {
        gemini.answerText(VERDICT);

        Assessment result = analyzer().assess(AnalysisStage.SCREENING, frames.subList(0, 2));

        assertThat(result)
                .isEqualTo(
                        new Assessment(true, RiskLevel.HIGH, "intrusion", "A person climbs over the fence at night."));
        FakeGemini.Received request = gemini.requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1beta/models/screen-model:generateContent");
        assertThat(request.header("x-goog-api-key")).isEqualTo(KEY);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(clips.calls).containsExactly(frames.subList(0, 2));
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("contents")).hasSize(1);
        JsonNode parts = body.path("contents").path(0).path("parts");
        assertThat(parts).hasSize(2);
        JsonNode inline = parts.get(0).path("inline_data");
        assertThat(inline.path("mime_type").asText()).isEqualTo("video/mp4");
        byte[] clip = Base64.getDecoder().decode(inline.path("data").asText());
        assertThat(clip).isEqualTo(clips.clipOf(2));
        assertThat(ClipFormat.sniff(clip)).isEqualTo(ClipFormat.MP4);
        assertThat(parts.get(1).path("text").asText())
                .contains("video")
                .contains("2 frames")
                .contains("has_security_incident")
                .doesNotContain("images");
        assertThat(body.at("/generation_config/response_mime_type").asText()).isEqualTo("application/json");
    }

    @Test
    void aRealH264Mp4ClipArrivesWholeAndPlayable(@TempDir Path dir) throws IOException {
        byte[] mp4 = Files.readAllBytes(
                Ffmpeg.testPattern(dir.resolve("clip.mp4"), Ffmpeg.Codec.H264_BASELINE, 160, 120, 5, 2.0));
        ClipEncoder ffmpegMade = new ClipEncoder() {
            @Override
            public ClipFormat format() {
                return ClipFormat.MP4;
            }

            @Override
            public Optional<byte[]> encode(List<Frame> window, long maxDecodePixels) {
                return Optional.of(mp4);
            }
        };
        gemini.answerFixture("incident.json");
        GeminiAnalyzer analyzer = new GeminiAnalyzer(
                GeminiSettings.withKey(KEY).withBaseUrl(gemini.baseUrl()).withModels("screen-model", "confirm-model"),
                ffmpegMade);

        assertThat(analyzer.assess(AnalysisStage.SCREENING, frames).incident()).isTrue();

        JsonNode parts = JSON.readTree(gemini.requests.get(0).body()).at("/contents/0/parts");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).path("inline_data").path("mime_type").asText()).isEqualTo("video/mp4");
        byte[] received = Base64.getDecoder()
                .decode(parts.get(0).path("inline_data").path("data").asText());
        assertThat(received).isEqualTo(mp4);
        Ffprobe.Probe probe = Ffprobe.probe(received);
        assertThat(probe.formatName()).contains("mp4");
        assertThat(probe.codec()).isEqualTo("h264");
        assertThat(probe.frames()).isEqualTo(10);
        assertThat(parts.get(1).path("text").asText()).contains("video");
    }

    @Test
    void confirmationSendsTheWholeLongWindowAsOneClipToTheConfirmationModel() throws IOException {
        gemini.answerText(VERDICT);

        analyzer().assess(AnalysisStage.CONFIRMATION, frames);

        FakeGemini.Received request = gemini.requests.get(0);
        assertThat(request.path()).isEqualTo("/v1beta/models/confirm-model:generateContent");
        assertThat(clips.calls).containsExactly(frames);
        JsonNode parts = JSON.readTree(request.body()).path("contents").path(0).path("parts");
        assertThat(parts).hasSize(2);
        assertThat(Base64.getDecoder()
                        .decode(parts.get(0).path("inline_data").path("data").asText()))
                .isEqualTo(clips.clipOf(frames.size()));
        assertThat(parts.get(1).path("text").asText()).contains("confirm").contains("4 frames");
    }

    @Test
    void anAviClipGoesWithTheAviTypeGeminiNames() throws IOException {
        clips = TestClipEncoder.avi(100);
        gemini.answerText(VERDICT);

        analyzer().assess(AnalysisStage.SCREENING, frames);

        JsonNode inline = JSON.readTree(gemini.requests.get(0).body()).at("/contents/0/parts/0/inline_data");
        assertThat(inline.path("mime_type").asText()).isEqualTo("video/avi");
        assertThat(ClipFormat.sniff(
                        Base64.getDecoder().decode(inline.path("data").asText())))
                .isEqualTo(ClipFormat.AVI);
    }

    @Test
    void aClipOverTheSizeCapIsMadeAgainFromEveryOtherFrameUntilItFits() throws IOException {
        List<Frame> window = SyntheticScenes.moving(10, 30, 10, FrameFormat.JPEG, T0, 2);
        clips = TestClipEncoder.mp4(1_000);
        gemini.answerText(VERDICT);

        analyzer(Duration.ofSeconds(5), 3_500).assess(AnalysisStage.CONFIRMATION, window);

        assertThat(clips.calls).extracting(List::size).containsExactly(10, 5, 3);
        assertThat(clips.calls.get(1))
                .containsExactly(window.get(1), window.get(3), window.get(5), window.get(7), window.get(9));
        assertThat(clips.calls.get(2)).containsExactly(window.get(1), window.get(5), window.get(9));
        JsonNode parts = JSON.readTree(gemini.requests.get(0).body()).at("/contents/0/parts");
        assertThat(parts).hasSize(2);
        byte[] sent = Base64.getDecoder()
                .decode(parts.get(0).path("inline_data").path("data").asText());
        assertThat(sent).isEqualTo(clips.clipOf(3)).hasSizeLessThanOrEqualTo(3_500);
        assertThat(parts.get(1).path("text").asText()).contains("3 frames");
    }

    @Test
    void theDefaultCapKeepsTheWholeRequestUnderGeminis20MbInlineLimit() throws IOException {
        List<Frame> window = SyntheticScenes.moving(40, 30, 5, FrameFormat.JPEG, T0, 3);
        clips = TestClipEncoder.mp4(600_000); // 40 frames: 24 MB, over the cap until 20 frames: 12 MB
        gemini.answerText(VERDICT);

        analyzer().assess(AnalysisStage.CONFIRMATION, window);

        assertThat(clips.calls).extracting(List::size).containsExactly(40, 20);
        assertThat(gemini.requests.get(0).body().length()).isLessThan(20_000_000);
    }

    @Test
    void withoutAClipTheFramesGoAsSampledImages() throws IOException {
        clips = TestClipEncoder.none();
        gemini.answerText(VERDICT);

        analyzer().assess(AnalysisStage.CONFIRMATION, frames);

        assertSentAsImages(gemini.requests.get(0));
    }

    @Test
    void aFailingEncoderFallsBackToImages() throws IOException {
        clips = TestClipEncoder.failing();
        gemini.answerText(VERDICT);

        Assessment result = analyzer().assess(AnalysisStage.CONFIRMATION, frames);

        assertThat(result.incident()).isTrue();
        assertSentAsImages(gemini.requests.get(0));
    }

    @Test
    void aClipTooLargeEvenForOneFrameFallsBackToImages() throws IOException {
        clips = TestClipEncoder.mp4(5_000);
        gemini.answerText(VERDICT);

        analyzer(Duration.ofSeconds(5), 1_000).assess(AnalysisStage.CONFIRMATION, frames);

        assertThat(clips.calls).extracting(List::size).containsExactly(4, 2, 1);
        assertSentAsImages(gemini.requests.get(0));
    }

    /** The frames as the image fallback sends them: the prompt, then max_frames (3) images, first and last kept. */
    private void assertSentAsImages(FakeGemini.Received request) throws IOException {
        JsonNode parts = JSON.readTree(request.body()).path("contents").path(0).path("parts");
        assertThat(parts).hasSize(4);
        assertThat(parts.get(0).path("text").asText()).contains("3 images").contains("confirm");
        for (int i = 1; i < 4; i++) {
            assertThat(parts.get(i).path("inline_data").path("mime_type").asText())
                    .isEqualTo("image/jpeg");
        }
        assertThat(Base64.getDecoder()
                        .decode(parts.get(1).path("inline_data").path("data").asText()))
                .isEqualTo(frames.get(0).data());
        assertThat(Base64.getDecoder()
                        .decode(parts.get(3).path("inline_data").path("data").asText()))
                .isEqualTo(frames.get(3).data());
    }

    @Test
    void theDocumentedResponseShapeIsRead() {
        gemini.answerFixture("incident.json");

        assertThat(analyzer().assess(AnalysisStage.SCREENING, frames))
                .isEqualTo(
                        new Assessment(true, RiskLevel.HIGH, "intrusion", "A person climbs over the fence at night."));
    }

    @Test
    void aCandidateStoppedForSafetyIsAnalyzerFailed() {
        gemini.answerFixture("candidate-safety.json");

        assertFails(CoreErrorCode.ANALYZER_FAILED, "stopped without a usable answer (SAFETY)");
    }

    @Test
    void aTruncatedAnswerIsAnalyzerFailed() {
        gemini.answerFixture("max-tokens.json");

        assertFails(CoreErrorCode.ANALYZER_FAILED, "(MAX_TOKENS)");
    }

    @Test
    void anAnswerWrappedInAMarkdownFenceStillParses() {
        gemini.answerText("Here is my assessment:\n```json\n" + VERDICT + "\n```\n");

        Assessment result = analyzer().assess(AnalysisStage.SCREENING, frames);

        assertThat(result.incident()).isTrue();
        assertThat(result.incidentType()).isEqualTo("intrusion");
    }

    @Test
    void aQuietAnswerIsNoIncident() {
        gemini.answerText("{\"has_security_incident\": false, \"risk_level\": \"none\", \"incident_type\": null, "
                + "\"analysis\": \"An empty corridor.\"}");

        assertThat(analyzer().assess(AnalysisStage.SCREENING, frames))
                .isEqualTo(Assessment.nothing("An empty corridor."));
    }

    @Test
    void aMalformedAnswerIsAnalyzerFailed() {
        gemini.answerText("I think there might be someone at the door, but I am not sure.");

        assertFails(CoreErrorCode.ANALYZER_FAILED, "not the JSON asked for");
    }

    @Test
    void anAnswerMissingItsVerdictIsAnalyzerFailed() {
        gemini.answerText("{\"risk_level\": \"high\", \"analysis\": \"Someone.\"}");

        assertFails(CoreErrorCode.ANALYZER_FAILED, "has_security_incident");
    }

    @Test
    void aResponseThatIsNotJsonIsAnalyzerFailed() {
        gemini.answer(200, "<html>proxy error</html>");

        assertFails(CoreErrorCode.ANALYZER_FAILED, "response is not JSON");
    }

    @Test
    void aBlockedPromptIsAnalyzerFailed() {
        gemini.answerFixture("prompt-blocked.json");

        assertFails(CoreErrorCode.ANALYZER_FAILED, "declined to analyze the window (SAFETY)");
    }

    @Test
    void anErrorStatusFromGeminiIsAnalyzerFailedWithTheStatus() {
        gemini.answer(
                400,
                "{\"error\": {\"code\": 400, \"message\": \"API key not valid. Please pass a valid API key.\", "
                        + "\"status\": \"INVALID_ARGUMENT\"}}");

        VigintException e = assertFails(CoreErrorCode.ANALYZER_FAILED, "HTTP status 400");
        assertThat(e.details()).containsEntry("upstream_status", 400);
    }

    @Test
    void quotaOverloadAndPassingServerErrorsAreAnalyzerUnavailableWithTheStatus() {
        for (int status : new int[] {429, 500, 503, 504}) {
            gemini.answer(status, "{\"error\": {\"code\": " + status + ", \"message\": \"The model is overloaded.\"}}");

            VigintException e = assertFails(CoreErrorCode.ANALYZER_UNAVAILABLE, "HTTP status " + status);
            assertThat(e.details()).containsEntry("upstream_status", status);
        }
    }

    @Test
    void otherErrorStatusesAreAnalyzerFailed() {
        for (int status : new int[] {401, 403, 404, 413, 502}) {
            gemini.answer(status, "{\"error\": {\"code\": " + status + ", \"message\": \"No.\"}}");

            VigintException e = assertFails(CoreErrorCode.ANALYZER_FAILED, "HTTP status " + status);
            assertThat(e.details()).containsEntry("upstream_status", status);
        }
    }

    @Test
    void aSlowAnswerTimesOutAsAnalyzerUnavailable() {
        gemini.answerText(VERDICT).delay(3_000);

        assertThatThrownBy(() -> analyzer(Duration.ofMillis(300)).assess(AnalysisStage.SCREENING, frames))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.ANALYZER_UNAVAILABLE);
                    assertThat(e.getMessage()).contains("did not answer within 300 ms");
                });
        assertNoKeyAnywhere();
    }

    @Test
    void noServerListeningIsAnalyzerUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GeminiAnalyzer unreachable = new GeminiAnalyzer(
                GeminiSettings.withKey(KEY).withBaseUrl(URI.create("http://127.0.0.1:" + closedPort)), clips);

        assertThatThrownBy(() -> unreachable.assess(AnalysisStage.SCREENING, frames))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ANALYZER_UNAVAILABLE));
        assertNoKeyAnywhere();
    }

    @Test
    void theSettingsNeverShowTheKey() {
        assertThat(GeminiSettings.withKey(KEY).toString()).doesNotContain(KEY).contains("apiKey=***");
    }

    private VigintException assertFails(ErrorCode code, String message) {
        try {
            analyzer().assess(AnalysisStage.SCREENING, frames);
        } catch (VigintException e) {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(message);
            assertNoKeyAnywhere();
            return e;
        }
        throw new AssertionError("expected " + code);
    }

    private void assertNoKeyAnywhere() {
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(KEY);
            assertThat(String.valueOf(
                            event.getThrowableProxy() == null
                                    ? ""
                                    : event.getThrowableProxy().getMessage()))
                    .doesNotContain(KEY);
        }
    }
}
