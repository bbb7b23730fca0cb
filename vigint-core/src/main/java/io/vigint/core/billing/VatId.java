package io.vigint.core.billing;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A VAT identification number that passed its country's format and check-digit rules, held in upper
 * case without spaces, dots or dashes, with its two-letter prefix ({@code BE0403019261}). Greece uses
 * the prefix {@code EL}; {@link #country()} answers the ISO 3166 code ({@code GR}).
 *
 * <p>SKELETON: this first version checks the prefix and a per-country format only; the check digits
 * per country are being added (see {@code VatIdTest}).
 *
 * @param value the VAT ID, normalised
 */
public record VatId(String value) {
    public VatId {
        check(value);
    }

    /**
     * Parses a VAT ID as people write it: any case, spaces, dots and dashes allowed.
     *
     * @throws VigintException {@code INVALID_VAT_ID} with {@code details.field = "vat_id"} and
     *     {@code details.reason} ({@code format}, {@code country} or {@code checksum})
     */
    public static VatId parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("format", "a VAT ID is required");
        }
        return new VatId(text.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT));
    }

    /** The VAT prefix as written on the number: {@code EL} for Greece, else the country code. */
    public String prefix() {
        return value.substring(0, 2);
    }

    /** The ISO 3166-1 alpha-2 country ({@code GR} for an {@code EL} number). */
    public String country() {
        String p = prefix();
        return p.equals("EL") ? "GR" : p;
    }

    /** The number without its prefix. */
    public String number() {
        return value.substring(2);
    }

    @Override
    public String toString() {
        return value;
    }

    private static final Map<String, String> FORMATS = formats();

    private static void check(String value) {
        if (value == null || value.length() < 4 || !value.matches("[A-Z]{2}[0-9A-Z+*]+")) {
            throw invalid("format", "a VAT ID is two letters followed by the number, e.g. BE0403019261");
        }
        String format = FORMATS.get(value.substring(0, 2));
        if (format == null) {
            throw invalid("country", "VAT IDs of " + value.substring(0, 2) + " are not supported");
        }
        if (!value.substring(2).matches(format)) {
            throw invalid("format", "not a valid " + value.substring(0, 2) + " VAT ID format");
        }
    }

    private static VigintException invalid(String reason, String message) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", "vat_id");
        details.put("reason", reason);
        return new VigintException(CoreErrorCode.INVALID_VAT_ID, message, details);
    }

    private static Map<String, String> formats() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("AT", "U[0-9]{8}");
        m.put("BE", "[01][0-9]{9}");
        m.put("BG", "[0-9]{9,10}");
        m.put("CY", "[0-9]{8}[A-Z]");
        m.put("CZ", "[0-9]{8,10}");
        m.put("DE", "[0-9]{9}");
        m.put("DK", "[0-9]{8}");
        m.put("EE", "[0-9]{9}");
        m.put("EL", "[0-9]{9}");
        m.put("ES", "[0-9A-Z][0-9]{7}[0-9A-Z]");
        m.put("FI", "[0-9]{8}");
        m.put("FR", "[0-9A-HJ-NP-Z]{2}[0-9]{9}");
        m.put("HR", "[0-9]{11}");
        m.put("HU", "[0-9]{8}");
        m.put("IE", "[0-9][0-9A-Z+*][0-9]{5}[A-Z]{1,2}");
        m.put("IT", "[0-9]{11}");
        m.put("LT", "[0-9]{9}|[0-9]{12}");
        m.put("LU", "[0-9]{8}");
        m.put("LV", "[0-9]{11}");
        m.put("MT", "[0-9]{8}");
        m.put("NL", "[0-9]{9}B[0-9]{2}");
        m.put("PL", "[0-9]{10}");
        m.put("PT", "[0-9]{9}");
        m.put("RO", "[0-9]{2,10}");
        m.put("SE", "[0-9]{10}01");
        m.put("SI", "[0-9]{8}");
        m.put("SK", "[0-9]{10}");
        m.put("GB", "[0-9]{9}|[0-9]{12}|GD[0-9]{3}|HA[0-9]{3}");
        m.put("XI", "[0-9]{9}|[0-9]{12}");
        m.put("CH", "E[0-9]{9}(MWST|TVA|IVA)?");
        m.put("NO", "[0-9]{9}(MVA)?");
        return m;
    }
}
