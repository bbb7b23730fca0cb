package io.vigint.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.analysis.AnalysisStage;
import io.vigint.core.video.analysis.Assessment;
import io.vigint.core.video.analysis.RiskLevel;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
        return new GeminiAnalyzer(GeminiSettings.withKey(KEY)
                .withBaseUrl(gemini.baseUrl())
                .withModels("screen-model", "confirm-model")
                .withTimeout(timeout)
                .withMaxFrames(3));
    }

    private GeminiAnalyzer analyzer() {
        return analyzer(Duration.ofSeconds(5));
    }

    @Test
    void sendsTheFramesInlineToTheScreeningModelWithTheKeyInAHeader() throws IOException {
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
        JsonNode parts = JSON.readTree(request.body()).path("contents").path(0).path("parts");
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).path("text").asText())
                .contains("has_security_incident")
                .contains("2 images");
        for (int i = 0; i < 2; i++) {
            JsonNode inline = parts.get(i + 1).path("inline_data");
            assertThat(inline.path("mime_type").asText()).isEqualTo("image/jpeg");
            assertThat(Base64.getDecoder().decode(inline.path("data").asText()))
                    .isEqualTo(frames.get(i).data());
        }
    }

    @Test
    void confirmationUsesTheConfirmationModelAndSamplesLongWindows() throws IOException {
        gemini.answerText(VERDICT);

        analyzer().assess(AnalysisStage.CONFIRMATION, frames);

        FakeGemini.Received request = gemini.requests.get(0);
        assertThat(request.path()).isEqualTo("/v1beta/models/confirm-model:generateContent");
        JsonNode parts = JSON.readTree(request.body()).path("contents").path(0).path("parts");
        assertThat(parts).hasSize(4);
        assertThat(parts.get(0).path("text").asText()).contains("confirm");
        assertThat(Base64.getDecoder()
                        .decode(parts.get(1).path("inline_data").path("data").asText()))
                .isEqualTo(frames.get(0).data());
        assertThat(Base64.getDecoder()
                        .decode(parts.get(3).path("inline_data").path("data").asText()))
                .isEqualTo(frames.get(3).data());
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
        gemini.answer(200, "{\"promptFeedback\": {\"blockReason\": \"SAFETY\"}}");

        assertFails(CoreErrorCode.ANALYZER_FAILED, "declined to analyze the frames (SAFETY)");
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
    void aServerErrorFromGeminiIsAnalyzerFailed() {
        gemini.answer(503, "{\"error\": {\"code\": 503, \"message\": \"The model is overloaded.\"}}");

        assertFails(CoreErrorCode.ANALYZER_FAILED, "HTTP status 503");
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
                GeminiSettings.withKey(KEY).withBaseUrl(URI.create("http://127.0.0.1:" + closedPort)));

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
