package io.vigint.core.billing;

import io.vigint.core.error.VigintException;
import java.util.Locale;

/**
 * A Business Identifier Code (ISO 9362): four letters for the bank, two for the country, two letters
 * or digits for the location and optionally three for the branch ({@code ABNANL2A},
 * {@code DEUTDEFF500}). A BIC names a bank, not an account, so it is not secret.
 *
 * @param value the BIC in upper case
 */
public record Bic(String value) {
    public Bic {
        if (value == null || !value.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            throw VigintException.invalid(
                    "bic", "a BIC has 8 or 11 characters: bank (4 letters), country (2), location (2), branch (3)");
        }
    }

    /**
     * Parses a BIC in any case, surrounding spaces ignored.
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code bic}
     */
    public static Bic parse(String text) {
        return new Bic(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
