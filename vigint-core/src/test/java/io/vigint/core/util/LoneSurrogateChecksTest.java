package io.vigint.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.VigintException;
import org.junit.jupiter.api.Test;

class LoneSurrogateChecksTest {
    @Test
    void loneHighOrLowSurrogatesAreFoundAndPairsAreNot() {
        assertThat(Checks.hasLoneSurrogate("a\uD800b")).isTrue();
        assertThat(Checks.hasLoneSurrogate("\uDC00")).isTrue();
        assertThat(Checks.hasLoneSurrogate("end\uD83D")).isTrue();
        assertThat(Checks.hasLoneSurrogate("\uDCF7\uD83D")).as("reversed pair").isTrue();
        assertThat(Checks.hasLoneSurrogate("cam \uD83D\uDCF7")).isFalse();
        assertThat(Checks.hasLoneSurrogate("plain")).isFalse();
    }

    @Test
    void sharedTextChecksRefuseThemNamingTheField() {
        assertThatThrownBy(() -> Checks.optionalText("description", "x\uD800", 100))
                .isInstanceOf(VigintException.class)
                .hasMessageContaining("description")
                .extracting(e -> ((VigintException) e).details().get("field"))
                .isEqualTo("description");
        assertThat(Checks.optionalText("description", "cam \uD83D\uDCF7", 100)).isEqualTo("cam \uD83D\uDCF7");
    }
}
