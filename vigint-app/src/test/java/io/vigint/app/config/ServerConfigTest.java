package io.vigint.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.config.ConfigurationException;
import io.vigint.http.ServerConfig;
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
