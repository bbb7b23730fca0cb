package io.vigint.core.billing;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An International Bank Account Number that passed ISO 13616 validation: known country, that
 * country's length, letters and digits only, and check digits that make the number 1 modulo 97.
 * Held without spaces in upper case. {@link #toString()} is masked, so an IBAN never reaches a log
 * by accident; the full value is only in {@link #value()}, which callers seal before storing.
 *
 * @param value the IBAN, upper case without spaces
 */
public record Iban(String value) {
    /** IBAN length per country, from the SWIFT IBAN registry. */
    private static final Map<String, Integer> LENGTHS =
            lengths("AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18"
                    + " DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23"
                    + " IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20"
                    + " MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18"
                    + " SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30");

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Iban {
        check(value);
    }

    /**
     * Parses an IBAN as people write it: spaces allowed, any case.
     *
     * @throws VigintException {@code INVALID_IBAN} with {@code details.reason} (format, country,
     *     length or checksum); the details never repeat the number
     */
    public static Iban parse(String text) {
        if (text == null) {
            throw invalid("format", "an IBAN is required", Map.of());
        }
        return new Iban(text.replace(" ", "").strip().toUpperCase(Locale.ROOT));
    }

    /** The two-letter country code. */
    public String country() {
        return value.substring(0, 2);
    }

    /**
     * The IBAN with everything but the country, check digits and last four characters hidden, in
     * groups of four: {@code NL91 **** **** **** 4300}.
     */
    public String masked() {
        int hidden = value.length() - 8;
        StringBuilder out = new StringBuilder(value.substring(0, 4));
        for (int i = 0; i < (hidden + 3) / 4; i++) {
            out.append(" ****");
        }
        return out.append(' ').append(value.substring(value.length() - 4)).toString();
    }

    /** The masked form; never the number itself. */
    @Override
    public String toString() {
        return masked();
    }

    private static void check(String value) {
        if (value == null || !value.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}")) {
            throw invalid(
                    "format", "an IBAN is a country code, two check digits and up to 30 letters or digits", Map.of());
        }
        String country = value.substring(0, 2);
        Integer expected = LENGTHS.get(country);
        if (expected == null) {
            throw invalid("country", "IBANs are not issued for country " + country, Map.of("country", country));
        }
        if (value.length() != expected) {
            throw invalid(
                    "length",
                    "an IBAN from " + country + " has " + expected + " characters, got " + value.length(),
                    Map.of("country", country, "expected_length", expected, "length", value.length()));
        }
        if (mod97(value) != 1) {
            throw invalid(
                    "checksum", "the IBAN's check digits do not match (a typing error?)", Map.of("country", country));
        }
    }

    private static int mod97(String value) {
        String rearranged = value.substring(4) + value.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    private static VigintException invalid(String reason, String message, Map<String, Object> extra) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", "iban");
        details.put("reason", reason);
        details.putAll(extra);
        return new VigintException(CoreErrorCode.INVALID_IBAN, message, details);
    }

    private static Map<String, Integer> lengths(String table) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String entry : table.split(" ")) {
            map.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
        }
        return Map.copyOf(map);
    }
}
