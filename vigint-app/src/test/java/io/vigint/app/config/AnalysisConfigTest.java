package io.vigint.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.config.ConfigurationException;
import io.vigint.core.video.analysis.MotionSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisConfigTest {
    @TempDir
    Path cwd;

    private AnalysisConfig resolve(Map<String, String> env) {
        return Settings.resolve(Settings.Flags.none(), env, cwd).analysis();
    }

    @Test
    void withNothingConfiguredTheLocalAnalyzerNeedsNoKey() {
        AnalysisConfig config = resolve(Map.of());

        assertThat(config.usesGemini()).isFalse();
        assertThat(config.geminiApiKey()).isNull();
        assertThat(config.motion()).isEqualTo(MotionSettings.DEFAULTS);
        assertThat(config.geminiBaseUrl()).isEqualTo(URI.create("https://generativelanguage.googleapis.com"));
        assertThat(config.geminiTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void geminiIsConfiguredFromTheEnvironmentAndTheFile() throws IOException {
        Files.writeString(
                cwd.resolve("vigint.conf"),
                "analysis.analyzer=gemini\nanalysis.gemini.screening_model=gemini-2.0-flash\n"
                        + "analysis.gemini.timeout=5s\nanalysis.gemini.base_url=http://127.0.0.1:9/\n");

        AnalysisConfig config = resolve(Map.of(
                "VIGINT_GEMINI_API_KEY", "secret-gemini-key", "VIGINT_GEMINI_CONFIRMATION_MODEL", "gemini-2.5-pro"));

        assertThat(config.usesGemini()).isTrue();
        assertThat(config.geminiApiKey()).isEqualTo("secret-gemini-key");
        assertThat(config.geminiScreeningModel()).isEqualTo("gemini-2.0-flash");
        assertThat(config.geminiConfirmationModel()).isEqualTo("gemini-2.5-pro");
        assertThat(config.geminiTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.geminiBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:9/"));
        assertThat(config.toString()).doesNotContain("secret-gemini-key").contains("geminiApiKey=***");
    }

    @Test
    void geminiWithoutAKeyIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_ANALYZER", "gemini")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_GEMINI_API_KEY");
    }

    @Test
    void motionThresholdsArePercentagesOfTheScene() {
        AnalysisConfig config = resolve(Map.of(
                "VIGINT_MOTION_CELL_DELTA", "30",
                "VIGINT_MOTION_LOW_PERCENT", "1",
                "VIGINT_MOTION_MEDIUM_PERCENT", "5.5",
                "VIGINT_MOTION_HIGH_PERCENT", "20",
                "VIGINT_MOTION_REFERENCE_MS", "800",
                "VIGINT_MOTION_CONFIRM_MS", "600"));

        assertThat(config.motion().cellDelta()).isEqualTo(30);
        assertThat(config.motion().lowFraction()).isEqualTo(0.01);
        assertThat(config.motion().mediumFraction()).isEqualTo(0.055);
        assertThat(config.motion().highFraction()).isEqualTo(0.2);
        assertThat(config.motion().reference()).isEqualTo(java.time.Duration.ofMillis(800));
        assertThat(config.motion().confirm()).isEqualTo(java.time.Duration.ofMillis(600));
    }

    @Test
    void unusableValuesAreOneLineErrorsNamingTheirSource() {
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_ANALYZER", "openai")))
                .hasMessage("invalid value 'openai' for VIGINT_ANALYZER: expected local or gemini");
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_MOTION_LOW_PERCENT", "lots")))
                .hasMessageContaining("VIGINT_MOTION_LOW_PERCENT");
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_MOTION_REFERENCE_MS", "100")))
                .hasMessageContaining("VIGINT_MOTION_REFERENCE_MS");
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_MOTION_CONFIRM_MS", "6000")))
                .hasMessageContaining("VIGINT_MOTION_CONFIRM_MS");
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_MOTION_LOW_PERCENT", "50")))
                .hasMessageContaining("must be ordered");
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_GEMINI_BASE_URL", "not a url")))
                .hasMessageContaining("an http or https URL");
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_GEMINI_SCREENING_MODEL", "../../admin")))
                .hasMessageContaining("a Gemini model name");
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_GEMINI_TIMEOUT", "0s")))
                .hasMessageContaining("VIGINT_GEMINI_TIMEOUT");
    }
}
