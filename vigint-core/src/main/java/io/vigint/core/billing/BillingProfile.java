package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a client is invoiced: its legal identity as invoices show it and how VAT applies to it. A client
 * without a profile is invoiced as domestic at the default rate under its client name.
 *
 * @param clientId whose profile
 * @param legalName the legal name on invoices
 * @param addressLines the postal address, one line each (at most 5)
 * @param country ISO 3166-1 alpha-2
 * @param vatId the client's VAT ID, if it has one (required for reverse charge)
 * @param taxTreatment how VAT applies
 * @param pricesIncludeVat whether the client's prices include VAT; empty: {@code billing.prices_include_vat}
 * @param updatedAt when it was last set
 */
public record BillingProfile(
        ClientId clientId,
        String legalName,
        List<String> addressLines,
        String country,
        Optional<VatId> vatId,
        TaxTreatment taxTreatment,
        Optional<Boolean> pricesIncludeVat,
        Instant updatedAt) {
    public BillingProfile {
        Checks.nonNull(
                "clientId legalName addressLines country vatId taxTreatment pricesIncludeVat updatedAt",
                clientId,
                legalName,
                addressLines,
                country,
                vatId,
                taxTreatment,
                pricesIncludeVat,
                updatedAt);
        addressLines = List.copyOf(addressLines);
    }

    /** The client as invoices record it. */
    public InvoiceParty party() {
        return new InvoiceParty(
                legalName, addressLines, country, vatId.map(VatId::value).orElse(""));
    }
}
