package io.vigint.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.config.ConfigurationException;
import io.vigint.core.video.FrameBufferSettings;
import io.vigint.core.video.FrameValidator;
import io.vigint.core.video.VideoLimits;
import io.vigint.http.video.VideoConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoConfigTest {
    @TempDir
    Path cwd;

    private VideoConfig video(Map<String, String> environment) {
        return Settings.resolve(Settings.Flags.none(), environment, cwd).video();
    }

    @Test
    void theDefaultsAreTheBuffersDefaults() {
        VideoConfig config = video(Map.of());

        assertThat(config.buffers()).isEqualTo(FrameBufferSettings.defaults());
        assertThat(config.validation()).isEqualTo(FrameValidator.Level.STRUCTURE);
        assertThat(config.maxBatchBytes()).isEqualTo(32L * 1024 * 1024);
        assertThat(config.upload()).isEqualTo(VideoLimits.DEFAULTS);
    }

    @Test
    void everyKeyIsReadFromTheConfigFileAndTheEnvironmentWins() throws IOException {
        Files.writeString(
                cwd.resolve("vigint.conf"),
                String.join(
                        "\n",
                        "video.long_window=20s",
                        "video.short_window=5s",
                        "video.max_frame_bytes=1048576",
                        "video.max_batch_bytes=8388608",
                        "video.client_budget_bytes=16777216",
                        "video.global_budget_bytes=134217728",
                        "video.idle_ttl=2m",
                        "video.max_sources_per_client=8",
                        "video.validation=decode",
                        "video.upload.max_bytes=1048576",
                        "video.upload.max_seconds=30",
                        "video.upload.max_width=1280",
                        "video.upload.max_height=720",
                        "video.upload.max_frames=900",
                        ""));

        VideoConfig config = video(Map.of("VIGINT_VIDEO_SHORT_WINDOW", "4s", "VIGINT_VIDEO_UPLOAD_MAX_FRAMES", "600"));

        assertThat(config.buffers())
                .isEqualTo(new FrameBufferSettings(
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(4),
                        1_048_576,
                        16_777_216,
                        134_217_728,
                        Duration.ofMinutes(2),
                        8,
                        FrameBufferSettings.DEFAULT_MAX_FRAME_PIXELS,
                        FrameBufferSettings.DEFAULT_MAX_FRAMES_PER_SOURCE));
        assertThat(config.validation()).isEqualTo(FrameValidator.Level.DECODE);
        assertThat(config.maxBatchBytes()).isEqualTo(8_388_608);
        assertThat(config.upload()).isEqualTo(new VideoLimits(1_048_576, Duration.ofSeconds(30), 1280, 720, 600));
    }

    @Test
    void unusableValuesAreOneLineErrorsNamingTheVariable() {
        assertThatThrownBy(() -> video(Map.of("VIGINT_VIDEO_SHORT_WINDOW", "30s")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_VIDEO_SHORT_WINDOW")
                .hasMessageContaining("video.long_window");
        assertThatThrownBy(() -> video(Map.of("VIGINT_VIDEO_GLOBAL_BUDGET_BYTES", "1024")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_VIDEO_GLOBAL_BUDGET_BYTES");
        assertThatThrownBy(() -> video(Map.of("VIGINT_VIDEO_VALIDATION", "maybe")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("structure or decode");
        assertThatThrownBy(() -> video(Map.of("VIGINT_VIDEO_IDLE_TTL", "soon")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_VIDEO_IDLE_TTL");
    }
}
