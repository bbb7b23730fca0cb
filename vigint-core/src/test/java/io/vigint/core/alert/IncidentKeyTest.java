package io.vigint.core.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import org.junit.jupiter.api.Test;

class IncidentKeyTest {
    @Test
    void typesAreComparedByTheirWordsWhateverTheCaseSpacingOrWidth() {
        assertThat(IncidentKey.normaliseType("  Intrusion. ")).isEqualTo("intrusion");
        assertThat(IncidentKey.normaliseType("ＩＮＴＲＵＳＩＯＮ")).isEqualTo("intrusion");
        assertThat(IncidentKey.normaliseType("Vol  à\tl'étalage")).isEqualTo("vol à l étalage");
        assertThat(IncidentKey.normaliseType("Vol a\u0300 l'e\u0301talage"))
                .isEqualTo(IncidentKey.normaliseType("vol à l'étalage"));
        assertThat(IncidentKey.normaliseType("shop-lifting")).isEqualTo("shop lifting");
    }

    @Test
    void anAlertWithoutATypeHasTheDefaultType() {
        assertThat(IncidentKey.normaliseType(null)).isEqualTo(IncidentKey.DEFAULT_TYPE);
        assertThat(IncidentKey.normaliseType(" ... ")).isEqualTo(IncidentKey.DEFAULT_TYPE);
        AlertCommand untyped = new AlertCommand(new ClientId(7), null, "Smoke", "HIGH", null, null);
        assertThat(IncidentKey.of(untyped)).isEqualTo(new IncidentKey(new ClientId(7), "default", "unspecified"));
    }

    @Test
    void aLongTypeIsCutToTheStoredLengthWithoutSplittingACharacter() {
        String folded = IncidentKey.normaliseType("a".repeat(99) + "\uD840\uDC00" + "b".repeat(10));

        assertThat(folded).hasSize(99).isEqualTo("a".repeat(99));
        assertThat(IncidentKey.normaliseType("x".repeat(100) + "y")).isEqualTo("x".repeat(100));
        assertThatThrownBy(() -> new IncidentKey(new ClientId(1), "default", "x".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
