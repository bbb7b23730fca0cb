package io.vigint.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.config.ConfigurationException;
import io.vigint.http.ServerConfig;
import io.vigint.http.ratelimit.IngestLimitSettings;
import io.vigint.http.ratelimit.RateLimitSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {
    @TempDir
    Path cwd;

    @Test
    void slowPeerSettingsHaveSafeDefaults() {
        ServerConfig server =
                Settings.resolve(Settings.Flags.none(), Map.of(), cwd).server();

        assertThat(server.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(server.bodyTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(server.workerThreads()).isZero();
    }

    @Test
    void slowPeerSettingsComeFromTheEnvironmentOrTheConfigFile() throws IOException {
        ServerConfig fromEnvironment = Settings.resolve(
                        Settings.Flags.none(),
                        Map.of("VIGINT_IDLE_TIMEOUT", "5s", "VIGINT_BODY_TIMEOUT", "2m", "VIGINT_WORKER_THREADS", "16"),
                        cwd)
                .server();
        assertThat(fromEnvironment.idleTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(fromEnvironment.bodyTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(fromEnvironment.workerThreads()).isEqualTo(16);

        Files.writeString(
                cwd.resolve("vigint.conf"),
                "server.idle_timeout=10s\nserver.body_timeout=45s\nserver.worker_threads=4\n");
        ServerConfig fromFile =
                Settings.resolve(Settings.Flags.none(), Map.of(), cwd).server();
        assertThat(fromFile.idleTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(fromFile.bodyTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(fromFile.workerThreads()).isEqualTo(4);
        assertThat(fromFile.withListen("0.0.0.0", 0).idleTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void ingestLimitsDefaultTo30FramesASecondPerSourceAnd8MibASecondPerClientAndCanBeConfigured() throws IOException {
        IngestLimitSettings defaults = Settings.resolve(Settings.Flags.none(), Map.of(), cwd)
                .server()
                .rateLimitSettings()
                .ingest();
        assertThat(defaults).isEqualTo(new IngestLimitSettings(30, 8L * 1024 * 1024, 20));

        Files.writeString(cwd.resolve("vigint.conf"), "rate_limit.ingest_bytes_per_second=1000000\n");
        RateLimitSettings configured = Settings.resolve(
                        Settings.Flags.none(),
                        Map.of(
                                "VIGINT_RATE_LIMIT_INGEST_FRAMES_PER_SECOND", "12",
                                "VIGINT_RATE_LIMIT_INGEST_BURST_SECONDS", "2"),
                        cwd)
                .server()
                .rateLimitSettings();
        assertThat(configured.ingest()).isEqualTo(new IngestLimitSettings(12, 1_000_000, 2));
        assertThat(configured.defaultPerMinute()).isEqualTo(60);

        assertThatThrownBy(() -> Settings.resolve(
                                Settings.Flags.none(), Map.of("VIGINT_RATE_LIMIT_INGEST_BURST_SECONDS", "61"), cwd)
                        .server())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_RATE_LIMIT_INGEST_BURST_SECONDS");
        assertThatThrownBy(() -> Settings.resolve(
                                Settings.Flags.none(), Map.of("VIGINT_RATE_LIMIT_INGEST_FRAMES_PER_SECOND", "0"), cwd)
                        .server())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_RATE_LIMIT_INGEST_FRAMES_PER_SECOND");
    }

    @Test
    void outOfRangeSlowPeerSettingsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> Settings.resolve(Settings.Flags.none(), Map.of("VIGINT_IDLE_TIMEOUT", "0s"), cwd)
                        .server())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_IDLE_TIMEOUT");
        assertThatThrownBy(() -> Settings.resolve(Settings.Flags.none(), Map.of("VIGINT_WORKER_THREADS", "-1"), cwd)
                        .server())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_WORKER_THREADS");
    }
}
