package io.vigint.billing.document;

import java.util.List;
import java.util.Objects;

/**
 * Who issues the invoices (from configuration): a name and address lines.
 *
 * @param name e.g. {@code Vigint}
 * @param addressLines the postal address, one line each, possibly none
 */
public record Seller(String name, List<String> addressLines) {
    public Seller {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the seller needs a name");
        }
        addressLines = List.copyOf(addressLines == null ? List.of() : addressLines);
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
