package io.vigint.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.analysis.Assessment;
import io.vigint.core.video.analysis.RiskLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeminiAnswerTest {
    @Test
    void fencesWithOrWithoutALanguageAreRemoved() {
        assertThat(GeminiAnswer.unfenced("```json\n{\"a\":1}\n```")).isEqualTo("{\"a\":1}");
        assertThat(GeminiAnswer.unfenced("```\n{\"a\":1}```")).isEqualTo("{\"a\":1}");
        assertThat(GeminiAnswer.unfenced("Sure! {\"a\":1} Hope this helps.")).isEqualTo("{\"a\":1}");
        assertThat(GeminiAnswer.unfenced(" {\"a\":1} ")).isEqualTo("{\"a\":1}");
    }

    @Test
    void theDocumentedResponseGivesTheVerdictAndTheTokenUsage() {
        GeminiAnswer.Reply reply = GeminiAnswer.read(FakeGemini.fixture("incident.json"));

        assertThat(reply.assessment())
                .isEqualTo(
                        new Assessment(true, RiskLevel.HIGH, "intrusion", "A person climbs over the fence at night."));
        assertThat(reply.usage()).isEqualTo(new GeminiAnswer.Usage(2893, 41, 2934));
    }

    @Test
    void textSplitOverSeveralPartsIsJoinedAndThoughtsAreLeftOut() {
        assertThat(GeminiAnswer.parse(FakeGemini.fixture("quiet-split-parts.json")))
                .isEqualTo(Assessment.nothing("An empty corridor; nothing moves."));
        String withThought = "{\"candidates\": [{\"content\": {\"parts\": ["
                + "{\"text\": \"The model thinks {\\\"has_security_incident\\\": true}\", \"thought\": true}, "
                + "{\"text\": \"{\\\"has_security_incident\\\": false, \\\"risk_level\\\": \\\"none\\\", "
                + "\\\"analysis\\\": \\\"Quiet.\\\"}\"}], \"role\": \"model\"}, \"finishReason\": \"STOP\", "
                + "\"index\": 0}]}";
        assertThat(GeminiAnswer.parse(withThought)).isEqualTo(Assessment.nothing("Quiet."));
    }

    @Test
    void aBlockedPromptASafetyStopAndATruncatedAnswerAreRefusedWithTheirReason() {
        assertRefused(FakeGemini.fixture("prompt-blocked.json"), "declined to analyze the window (SAFETY)");
        assertRefused(FakeGemini.fixture("candidate-safety.json"), "stopped without a usable answer (SAFETY)");
        assertRefused(FakeGemini.fixture("max-tokens.json"), "stopped without a usable answer (MAX_TOKENS)");
    }

    @Test
    void anAnswerWithoutUsageMetadataStillParses() {
        GeminiAnswer.Reply reply = GeminiAnswer.read(FakeGemini.generateContentResponse(
                        "{\"has_security_incident\": false, \"risk_level\": \"none\", \"analysis\": \"Quiet.\"}")
                .replaceAll(",\"usageMetadata\":\\{[^}]*\\}", ""));

        assertThat(reply.assessment()).isEqualTo(Assessment.nothing("Quiet."));
        assertThat(reply.usage()).isEqualTo(GeminiAnswer.Usage.UNKNOWN);
    }

    @Test
    void incidentTypesAreNormalizedAndRiskLevelsReadLeniently() {
        Assessment result = GeminiAnswer.parse(FakeGemini.generateContentResponse(
                "{\"has_security_incident\": \"true\", \"risk_level\": \"CRITICAL\", "
                        + "\"incident_type\": \"Break-in / Theft\", \"analysis\": \" Window smashed. \"}"));

        assertThat(result).isEqualTo(new Assessment(true, RiskLevel.HIGH, "break_in_theft", "Window smashed."));
    }

    @Test
    void anIncidentWithoutATypeIsUnspecified() {
        Assessment result = GeminiAnswer.parse(FakeGemini.generateContentResponse(
                "{\"has_security_incident\": true, \"risk_level\": \"low\", \"analysis\": \"Odd.\"}"));

        assertThat(result.incidentType()).isEqualTo("unspecified");
    }

    @Test
    void unknownRiskLevelsAndMissingTextAreRefused() {
        assertRefused(FakeGemini.generateContentResponse(
                "{\"has_security_incident\": true, \"risk_level\": \"severe\", \"analysis\": \"x\"}"));
        assertRefused(FakeGemini.generateContentResponse("{\"has_security_incident\": true, \"risk_level\": \"low\"}"));
        assertRefused(FakeGemini.generateContentResponse("[1, 2]"));
        assertRefused("{\"candidates\": [{\"content\": {\"parts\": []}, \"finishReason\": \"MAX_TOKENS\"}]}");
        assertRefused("{\"candidates\": []}");
        assertRefused("");
    }

    @Test
    void longWindowsAreSampledEvenlyKeepingFirstAndLast() {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            frames.add(new Frame(new byte[] {(byte) i}, FrameFormat.JPEG, Instant.EPOCH.plusMillis(200L * i)));
        }

        List<Frame> sampled = GeminiAnalyzer.sample(frames, 5);

        assertThat(sampled).extracting(f -> (int) f.data()[0]).containsExactly(0, 12, 25, 37, 49);
        assertThat(GeminiAnalyzer.sample(frames, 1)).containsExactly(frames.get(49));
        assertThat(GeminiAnalyzer.sample(frames.subList(0, 3), 5)).hasSize(3);
    }

    @Test
    void settingsRefuseUnusableValues() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> GeminiSettings.withKey(" "));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> GeminiSettings.withKey("k").withModels("gemini/../x", "ok"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> GeminiSettings.withKey("k").withBaseUrl(java.net.URI.create("ftp://x")));
    }

    private static void assertRefused(String body, String message) {
        assertThatThrownBy(() -> GeminiAnswer.parse(body)).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.ANALYZER_FAILED);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private static void assertRefused(String body) {
        assertThatThrownBy(() -> GeminiAnswer.parse(body))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ANALYZER_FAILED));
    }
}
