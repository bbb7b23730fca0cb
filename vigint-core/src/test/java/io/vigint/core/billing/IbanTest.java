package io.vigint.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "NL91ABNA0417164300",
                "nl91 abna 0417 1643 00",
                "DE89370400440532013000",
                "GB29NWBK60161331926819",
                "BE68539007547034",
                "NO9386011117947",
                "FR1420041010050500013M02606"
            })
    void acceptsValidIbansAsPeopleWriteThem(String text) {
        Iban iban = Iban.parse(text);

        assertThat(iban.value()).doesNotContain(" ").isUpperCase();
    }

    @ParameterizedTest
    @CsvSource({
        "NL91ABNA0417164301, checksum",
        "NL91ABNA041716430, length",
        "XX91ABNA0417164300, country",
        "NL91-ABNA-0417, format",
        "'', format",
        "DE89370400440532013001, checksum"
    })
    void refusesInvalidIbansWithTheReasonButNotTheNumber(String text, String reason) {
        assertThatThrownBy(() -> Iban.parse(text)).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_IBAN);
            assertThat(e.details()).containsEntry("field", "iban").containsEntry("reason", reason);
            assertThat(e.getMessage() + e.details()).doesNotContain(text.isEmpty() ? "\u0000" : text.substring(4));
        });
    }

    @ParameterizedTest
    @CsvSource({
        "NL91ABNA0417164300, NL91 **** **** **** 4300",
        "DE89370400440532013000, DE89 **** **** **** **** 3000",
        "NO9386011117947, NO93 **** **** 7947"
    })
    void masksAllButCountryCheckDigitsAndLastFour(String value, String masked) {
        Iban iban = Iban.parse(value);

        assertThat(iban.masked()).isEqualTo(masked);
        assertThat(iban).hasToString(masked);
    }

    @ParameterizedTest
    @CsvSource({"abnanl2a, ABNANL2A", "DEUTDEFF500, DEUTDEFF500"})
    void acceptsBics(String text, String value) {
        assertThat(Bic.parse(text).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABNA", "ABN1NL2A", "ABNANL2A50", "ABNANL2A5000"})
    void refusesMalformedBics(String text) {
        assertThatThrownBy(() -> Bic.parse(text))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.details()).containsEntry("field", "bic"));
    }
}
