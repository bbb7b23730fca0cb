package io.vigint.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.clip.ClipFormat;
import io.vigint.core.config.ConfigurationException;
import io.vigint.http.ServerConfig;
import io.vigint.http.alert.AlertConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertConfigTest {
    @TempDir
    Path cwd;

    private AlertConfig alerts(Map<String, String> env) {
        return Settings.resolve(Settings.Flags.none(), env, cwd).alerts();
    }

    @Test
    void theDefaultsWorkOnALaptop() {
        AlertConfig config = alerts(Map.of());

        assertThat(config.clipRetention()).isEqualTo(Duration.ofHours(48));
        assertThat(config.linkLifetime()).isEqualTo(Duration.ofHours(48));
        assertThat(config.cooldown()).as("the original Vigint's 60 s").isEqualTo(Duration.ofSeconds(60));
        assertThat(config.maxAttachmentBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(config.publicBaseUrl()).isNull();
        assertThat(config.clipFormat()).isEqualTo(ClipFormat.MP4);
    }

    @Test
    void clipsAreMp4OrAvi() {
        assertThat(alerts(Map.of("VIGINT_ALERTS_CLIP_FORMAT", "avi")).clipFormat())
                .isEqualTo(ClipFormat.AVI);
        assertThat(alerts(Map.of("VIGINT_ALERTS_CLIP_FORMAT", "MP4")).clipFormat())
                .isEqualTo(ClipFormat.MP4);
        assertThatThrownBy(() -> alerts(Map.of("VIGINT_ALERTS_CLIP_FORMAT", "mkv")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_ALERTS_CLIP_FORMAT")
                .hasMessageContaining("mp4 or avi");
    }

    @Test
    void linksGoToTheServersOwnAddressUnlessAPublicUrlIsSet() {
        ServerConfig server =
                Settings.resolve(Settings.Flags.none(), Map.of(), cwd).server();

        assertThat(alerts(Map.of()).publicBaseUrl(server)).isEqualTo("http://127.0.0.1:5002");
        assertThat(alerts(Map.of()).publicBaseUrl(server.withListen("0.0.0.0", 5303)))
                .isEqualTo("http://127.0.0.1:5303");
        assertThat(alerts(Map.of("VIGINT_ALERTS_PUBLIC_BASE_URL", "https://vigint.example.com/"))
                        .publicBaseUrl(server))
                .isEqualTo("https://vigint.example.com");
    }

    @Test
    void theConfigFileSetsEveryKey() throws IOException {
        Files.writeString(
                cwd.resolve("vigint.conf"),
                "alerts.clip_retention=7d\nalerts.link_lifetime=1h\nalerts.cooldown=0s\n"
                        + "alerts.max_attachment_bytes=0\nalerts.public_base_url=http://cams.local:8080\n"
                        + "alerts.max_clip_decode_pixels=5000000\nalerts.clip_format=avi\n");

        AlertConfig config = alerts(Map.of());

        assertThat(config)
                .isEqualTo(new AlertConfig(
                        Duration.ofDays(7),
                        Duration.ofHours(1),
                        Duration.ZERO,
                        0,
                        "http://cams.local:8080",
                        5_000_000,
                        ClipFormat.AVI));
    }

    @Test
    void badValuesAreOneLineErrorsNamingTheVariable() {
        assertThatThrownBy(() -> alerts(Map.of("VIGINT_ALERTS_CLIP_RETENTION", "forever")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_ALERTS_CLIP_RETENTION");
        assertThatThrownBy(() -> alerts(Map.of("VIGINT_ALERTS_LINK_LIFETIME", "0s")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_ALERTS_LINK_LIFETIME");
        assertThatThrownBy(() -> alerts(Map.of("VIGINT_ALERTS_MAX_ATTACHMENT_BYTES", "-1")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_ALERTS_MAX_ATTACHMENT_BYTES");
        assertThatThrownBy(() -> alerts(Map.of("VIGINT_ALERTS_COOLDOWN", "2d")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_ALERTS_COOLDOWN");
        assertThatThrownBy(() -> alerts(Map.of("VIGINT_ALERTS_PUBLIC_BASE_URL", "ftp://x")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_ALERTS_PUBLIC_BASE_URL");
    }
}
