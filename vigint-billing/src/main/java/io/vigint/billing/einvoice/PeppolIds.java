package io.vigint.billing.einvoice;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Identifiers as Peppol BIS Billing 3.0 wants them: a party's electronic address (EndpointID) as a VAT
 * number under its country's scheme of the Peppol EAS code list (e.g. {@code 9925} for a Belgian VAT
 * number), and the Belgian enterprise number ({@code 0208}) derived from a Belgian VAT number.
 *
 * <p>The code list (version of the rules in use: Peppol BIS 3.0, May 2024) has no e-mail scheme: {@code
 * EM} was withdrawn, so a party with neither a VAT number of a listed country nor a Belgian enterprise
 * number has no electronic address.
 */
final class PeppolIds {
    /** EAS codes for VAT numbers, by the VAT number's prefix. */
    private static final Map<String, String> VAT_SCHEMES = Map.ofEntries(
            Map.entry("AD", "9922"),
            Map.entry("AL", "9923"),
            Map.entry("AT", "9914"),
            Map.entry("BA", "9924"),
            Map.entry("BE", "9925"),
            Map.entry("BG", "9926"),
            Map.entry("CH", "9927"),
            Map.entry("CY", "9928"),
            Map.entry("CZ", "9929"),
            Map.entry("DE", "9930"),
            Map.entry("EE", "9931"),
            Map.entry("GB", "9932"),
            Map.entry("EL", "9933"),
            Map.entry("HR", "9934"),
            Map.entry("IE", "9935"),
            Map.entry("LI", "9936"),
            Map.entry("LT", "9937"),
            Map.entry("LU", "9938"),
            Map.entry("LV", "9939"),
            Map.entry("MC", "9940"),
            Map.entry("ME", "9941"),
            Map.entry("MK", "9942"),
            Map.entry("MT", "9943"),
            Map.entry("NL", "9944"),
            Map.entry("PL", "9945"),
            Map.entry("PT", "9946"),
            Map.entry("RO", "9947"),
            Map.entry("RS", "9948"),
            Map.entry("SI", "9949"),
            Map.entry("SK", "9950"),
            Map.entry("SM", "9951"),
            Map.entry("TR", "9952"),
            Map.entry("VA", "9953"),
            Map.entry("ES", "9920"),
            Map.entry("HU", "9910"),
            Map.entry("FR", "9957"));

    /** The Belgian enterprise number (KBO/BCE), EAS {@code 0208}. */
    static final String BE_ENTERPRISE = "0208";

    private PeppolIds() {}

    /** An identifier and its scheme. */
    record SchemedId(String scheme, String id) {}

    /** {@code BE 0403.019.261} → {@code BE0403019261}; upper case, no spaces, dots or dashes. */
    static String compactVat(String vatId) {
        return vatId.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** The electronic address for a VAT ID, when its country has a scheme in the EAS list. */
    static Optional<SchemedId> endpoint(String vatId) {
        if (vatId == null || vatId.isBlank()) {
            return Optional.empty();
        }
        String compact = compactVat(vatId);
        if (compact.length() < 3) {
            return Optional.empty();
        }
        String scheme = VAT_SCHEMES.get(compact.substring(0, 2));
        return scheme == null ? Optional.empty() : Optional.of(new SchemedId(scheme, compact));
    }

    /**
     * The Belgian enterprise number of a Belgian VAT number ({@code BE0403019261} → {@code 0403019261}),
     * when its check digits (97 − number mod 97) are right.
     */
    static Optional<String> belgianEnterpriseNumber(String vatId) {
        if (vatId == null) {
            return Optional.empty();
        }
        String compact = compactVat(vatId);
        if (!compact.matches("BE[01]\\d{9}")) {
            return Optional.empty();
        }
        String digits = compact.substring(2);
        long base = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return 97 - base % 97 == check ? Optional.of(digits) : Optional.empty();
    }
}
