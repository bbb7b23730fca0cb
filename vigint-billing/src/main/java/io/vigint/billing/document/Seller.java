package io.vigint.billing.document;

import java.util.List;
import java.util.Objects;

/**
 * Who issues the invoices (from configuration): a name and address lines.
 *
 * @param name the legal name, e.g. {@code Vigint SRL}
 * @param addressLines the postal address, one line each, possibly none
 * @param country ISO 3166-1 alpha-2 of the seller's establishment, or empty
 * @param vatId the seller's VAT ID (art. 226 (3)), or empty
 * @param registration the company registration (e.g. {@code RPM Brussels 0403.019.261}), or empty
 * @param iban where to pay, in full (the seller's own account is printed on every invoice), or empty
 * @param bic the seller's bank, or empty
 * @param email where customers write about invoices, or empty
 * @param footer a free text printed at the bottom of every invoice, or empty
 */
public record Seller(
        String name,
        List<String> addressLines,
        String country,
        String vatId,
        String registration,
        String iban,
        String bic,
        String email,
        String footer) {
    public Seller {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the seller needs a name");
        }
        addressLines = List.copyOf(addressLines == null ? List.of() : addressLines);
        country = blankIfNull(country);
        vatId = blankIfNull(vatId);
        registration = blankIfNull(registration);
        iban = blankIfNull(iban);
        bic = blankIfNull(bic);
        email = blankIfNull(email);
        footer = blankIfNull(footer);
    }

    /** A seller known by name and address only. */
    public Seller(String name, List<String> addressLines) {
        this(name, addressLines, "", "", "", "", "", "", "");
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }

    /**
     * A seller whose address is one text with lines separated by {@code ;} or new lines, as written in
     * a config file ({@code billing.seller.address=Main Street 1; 1000 Brussels}).
     */
    public static Seller of(String name, String address) {
        List<String> lines = address == null
                ? List.of()
                : java.util.Arrays.stream(address.split("[;\\n]"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
        return new Seller(name.strip(), lines);
    }
}
