package io.vigint.core.billing;

import java.util.List;
import java.util.Objects;

/**
 * A party to an invoice as it was when the invoice was issued (art. 226 (5) of Directive 2006/112/EC):
 * a copy kept on the invoice, so a later change of a client's profile or of the seller's configuration
 * never changes what an issued invoice says. Empty texts mean "not known when it was issued".
 *
 * @param legalName the legal name; empty for a buyer without a billing profile (documents then show the
 *     client's name)
 * @param addressLines the postal address, one line each, possibly none
 * @param country ISO 3166-1 alpha-2, or empty
 * @param vatId the VAT ID as it was validated when the invoice was issued, or empty
 */
public record InvoiceParty(String legalName, List<String> addressLines, String country, String vatId) {
    /** A party about which nothing is known. */
    public static final InvoiceParty UNKNOWN = new InvoiceParty("", List.of(), "", "");

    public InvoiceParty {
        legalName = Objects.requireNonNullElse(legalName, "").strip();
        addressLines = List.copyOf(Objects.requireNonNullElse(addressLines, List.of()));
        country = Objects.requireNonNullElse(country, "").strip();
        vatId = Objects.requireNonNullElse(vatId, "").strip();
    }

    /** The address as one text, lines separated by new lines (how storage keeps it). */
    public String addressText() {
        return String.join("\n", addressLines);
    }

    /** Address lines from a text whose lines are separated by new lines or {@code ;}. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[;\\n]"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
