package io.vigint.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.VigintException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {
    @Test
    void parsesEachUnit() {
        assertThat(DurationText.parse("grace", "90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationText.parse("grace", "15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationText.parse("grace", "24h")).isEqualTo(Duration.ofHours(24));
        assertThat(DurationText.parse("grace", " 30d ")).isEqualTo(Duration.ofDays(30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30", "d", "-1d", "1.5h", "1w", "30 d", "9999999999d"})
    void refusesAnythingElseNamingTheField(String text) {
        assertThatThrownBy(() -> DurationText.parse("expires-in", text))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.details()).containsEntry("field", "expires-in"));
    }

    @Test
    void formatsInTheLargestExactUnit() {
        assertThat(DurationText.format(Duration.ofDays(30))).isEqualTo("30d");
        assertThat(DurationText.format(Duration.ofHours(36))).isEqualTo("36h");
        assertThat(DurationText.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0s");
    }
}
