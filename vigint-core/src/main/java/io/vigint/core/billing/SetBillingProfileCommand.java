package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sets a client's billing profile. A command that exists is well formed: a legal name of 1 to 200
 * characters, at most 5 address lines of at most 200 characters, an ISO 3166-1 alpha-2 country, a VAT ID
 * that passed {@link VatId#parse} and a tax treatment. Whether the treatment fits the country and the
 * seller is checked by {@link BillingProfileService}, which knows the seller.
 *
 * @param clientId whose profile
 * @param legalName the legal name on invoices
 * @param addressLines the postal address
 * @param country ISO 3166-1 alpha-2 ({@code BE}), any case
 * @param vatId the client's VAT ID, if any
 * @param taxTreatment how VAT applies
 * @param pricesIncludeVat whether its prices include VAT; empty keeps the client's current choice (or the
 *     configured default)
 */
public record SetBillingProfileCommand(
        ClientId clientId,
        String legalName,
        List<String> addressLines,
        String country,
        Optional<VatId> vatId,
        TaxTreatment taxTreatment,
        Optional<Boolean> pricesIncludeVat) {
    private static final Set<String> COUNTRIES = countries();

    public SetBillingProfileCommand {
        Objects.requireNonNull(clientId, "clientId");
        legalName = Checks.requiredText("legal_name", legalName, 200);
        addressLines = Objects.requireNonNullElse(addressLines, List.<String>of()).stream()
                .map(line -> Checks.optionalText("address", line, 200))
                .filter(Objects::nonNull)
                .toList();
        if (addressLines.size() > 5) {
            throw VigintException.invalid("address", "address is at most 5 lines");
        }
        if (country == null || country.isBlank()) {
            throw VigintException.invalid("country", "country is required (ISO 3166-1 alpha-2, e.g. BE)");
        }
        country = country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw VigintException.invalid(
                    "country",
                    "country must be an ISO 3166-1 alpha-2 code such as BE, got: "
                            + (country.length() > 10 ? country.substring(0, 10) + "…" : country));
        }
        vatId = Objects.requireNonNullElse(vatId, Optional.empty());
        if (taxTreatment == null) {
            throw VigintException.invalid("tax_treatment", "tax_treatment is required");
        }
        pricesIncludeVat = Objects.requireNonNullElse(pricesIncludeVat, Optional.empty());
    }

    private static Set<String> countries() {
        java.util.HashSet<String> codes = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XI");
        return Set.copyOf(codes);
    }
}
