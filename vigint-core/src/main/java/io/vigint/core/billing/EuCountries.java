package io.vigint.core.billing;

import io.vigint.core.error.VigintException;
import java.util.Locale;
import java.util.Set;

/**
 * Country codes for tax decisions: which ISO 3166-1 alpha-2 codes exist and which are EU member
 * states. Codes are the ISO ones, so Greece is {@code GR} here even though its VAT IDs start with
 * {@code EL}, and the United Kingdom (Northern Ireland included) is not a member.
 */
public final class EuCountries {
    /** The 27 member states of the European Union (since 1 February 2020). */
    private static final Set<String> MEMBERS = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
            "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

    private EuCountries() {}

    /** Whether the ISO 3166-1 alpha-2 code (upper case) is an EU member state; {@code EL} is not a code. */
    public static boolean isMember(String iso2) {
        return iso2 != null && MEMBERS.contains(iso2);
    }

    /** Whether the code (upper case) is an ISO 3166-1 alpha-2 country code known to the JDK. */
    public static boolean isKnownCountry(String iso2) {
        return iso2 != null && KNOWN.contains(iso2);
    }

    /** The 27 member states' codes. */
    public static Set<String> members() {
        return MEMBERS;
    }

    /**
     * A country code as people type it ({@code " be "}) in upper case ({@code BE}).
     *
     * @throws VigintException {@code VALIDATION_FAILED} for field {@code country} unless the text is
     *     two ASCII letters once stripped; whether the country exists is {@link #isKnownCountry}'s
     *     question
     */
    public static String normalise(String text) {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw VigintException.invalid("country", "a country is a two-letter ISO 3166 code, e.g. BE");
        }
        return code;
    }
}
