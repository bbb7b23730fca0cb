package io.vigint.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.key.ApiKeyId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ArgumentsTest {
    @Test
    void idsArePositiveWholeNumbers() {
        assertThat(Arguments.clientId("1")).isEqualTo(new ClientId(1));
        assertThat(Arguments.clientId(" 42 ")).isEqualTo(new ClientId(42));
        assertThat(Arguments.apiKeyId("900719925474099")).isEqualTo(new ApiKeyId(900719925474099L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "abc", "1.5", "1e3", "0x10", "9999999999999999999", "+3"})
    void anythingElseIsNotAnId(String text) {
        assertThatThrownBy(() -> Arguments.clientId(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'" + text + "' is not a client id (a positive whole number)");
        assertThatThrownBy(() -> Arguments.apiKeyId(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'" + text + "' is not a key id (a positive whole number)");
    }

    @Test
    void durationsUseSecondsMinutesHoursOrDays() {
        assertThat(Arguments.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Arguments.duration("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Arguments.duration("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(Arguments.duration("30d")).isEqualTo(Duration.ofDays(30));
        assertThat(Arguments.duration("0s")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30", "d", "1w", "1.5h", "-1h", "P1D", "24 h"})
    void malformedDurationsAreRejected(String text) {
        assertThatThrownBy(() -> Arguments.duration(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("duration must be a number followed by s, m, h or d");
    }
}
