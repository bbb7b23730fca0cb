package io.vigint.billing.einvoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A postal address split into the parts e-invoices have, from the free lines invoices store: the first
 * line is the street, a last line that starts with a postal code ({@code 1000 Brussels}, {@code 75008
 * Paris}, {@code L-1450 Luxembourg}) gives the post code and the city (else it is the city), and any
 * line in between is the additional street line. Empty parts are empty strings.
 */
record PostalAddress(String street, String additional, String postCode, String city, String country) {
    private static final Pattern POSTAL_LINE = Pattern.compile("^([A-Z]{0,3}-?\\d[\\dA-Z -]{1,9}?)\\s+(\\D.*)$");

    static PostalAddress of(List<String> lines, String country) {
        List<String> rest = new ArrayList<>(
                lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
        String postCode = "";
        String city = "";
        if (rest.size() >= 2) {
            String last = rest.remove(rest.size() - 1);
            Matcher postal = POSTAL_LINE.matcher(last);
            if (postal.matches()) {
                postCode = postal.group(1).strip();
                city = postal.group(2).strip();
            } else {
                city = last;
            }
        }
        String street = rest.isEmpty() ? "" : rest.get(0);
        String additional = rest.size() > 1 ? String.join(", ", rest.subList(1, rest.size())) : "";
        return new PostalAddress(
                street, additional, postCode, city, country.strip().toUpperCase(Locale.ROOT));
    }
}
