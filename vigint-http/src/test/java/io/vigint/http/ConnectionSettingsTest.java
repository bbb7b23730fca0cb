package io.vigint.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {
    @Test
    void defaultsAreThirtySecondsIdleTwoMinutesPerBodyAndFourWorkersPerCore() {
        ConnectionSettings defaults = ConnectionSettings.defaults();

        assertThat(defaults.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.bodyTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(defaults.workerThreads())
                .isEqualTo(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()))
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void withMethodsChangeOneSetting() {
        ConnectionSettings changed = ConnectionSettings.defaults()
                .withIdleTimeout(Duration.ofSeconds(2))
                .withBodyTimeout(Duration.ofSeconds(9))
                .withWorkerThreads(3);

        assertThat(changed).isEqualTo(new ConnectionSettings(Duration.ofSeconds(2), Duration.ofSeconds(9), 3));
    }

    @Test
    void timeoutsUnderASecondAndEmptyPoolsAreRefused() {
        assertThatThrownBy(() -> ConnectionSettings.defaults().withIdleTimeout(Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConnectionSettings.defaults().withBodyTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConnectionSettings.defaults().withWorkerThreads(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
