package io.vigint.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EuCountriesTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT",
                "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"
            })
    void theTwentySevenMemberStatesAreMembersAndKnown(String iso) {
        assertThat(EuCountries.isMember(iso)).isTrue();
        assertThat(EuCountries.isKnownCountry(iso)).isTrue();
    }

    @Test
    void thereAreExactly27Members() {
        assertThat(EuCountries.members()).hasSize(27).allMatch(EuCountries::isKnownCountry);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EL", "XI", "GB", "CH", "NO", "IS", "LI", "US", "MC", "be", "Be", "", "BEL"})
    void othersAreNotMembers(String code) {
        assertThat(EuCountries.isMember(code)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"GB, true", "CH, true", "NO, true", "US, true", "JP, true", "EL, false", "XI, false", "ZZ, false"})
    void knowsIsoCountries(String code, boolean known) {
        assertThat(EuCountries.isKnownCountry(code)).isEqualTo(known);
    }

    @Test
    void nullIsNeitherMemberNorKnown() {
        assertThat(EuCountries.isMember(null)).isFalse();
        assertThat(EuCountries.isKnownCountry(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"be|BE", "' Be '|BE", "'gr\t'|GR", "NL|NL", "zz|ZZ"})
    void normalisesToUpperCaseWithoutSpaces(String text, String code) {
        assertThat(EuCountries.normalise(text)).isEqualTo(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "B", "BEL", "B1", "B E", "12", "ÉS"})
    void refusesAnythingButTwoLetters(String text) {
        assertThatThrownBy(() -> EuCountries.normalise(text)).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
            assertThat(e.details()).containsEntry("field", "country");
        });
    }
}
