package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.BillingProfile;
import io.vigint.core.billing.VatId;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A client's billing profile, with the same snake_case fields as the HTTP API; {@code prices_include_vat}
 * is what applies to the client (its own choice, else the configured default), or null where unknown.
 */
@JsonPropertyOrder({
    "client_id",
    "legal_name",
    "address",
    "country",
    "vat_id",
    "tax_treatment",
    "prices_include_vat",
    "updated_at"
})
public record BillingProfileView(
        long clientId,
        String legalName,
        List<String> address,
        String country,
        String vatId,
        String taxTreatment,
        Boolean pricesIncludeVat,
        Instant updatedAt)
        implements View {
    /** {@code p} with {@code pricesIncludeVat} as it applies to the client. */
    public static BillingProfileView of(BillingProfile p, Boolean pricesIncludeVat) {
        return new BillingProfileView(
                p.clientId().value(),
                p.legalName(),
                p.addressLines(),
                p.country(),
                p.vatId().map(VatId::value).orElse(null),
                p.taxTreatment().code(),
                pricesIncludeVat,
                p.updatedAt());
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Client:        " + clientId);
        out.println("Legal name:    " + legalName);
        out.println("Address:       " + (address.isEmpty() ? "-" : String.join("; ", address)));
        out.println("Country:       " + country);
        out.println("VAT ID:        " + Objects.requireNonNullElse(vatId, "-"));
        out.println("Tax treatment: " + taxTreatment);
        out.println("Prices:        "
                + (pricesIncludeVat == null
                        ? "as billing.prices_include_vat says"
                        : pricesIncludeVat ? "include VAT" : "exclude VAT"));
        out.println("Updated:       " + Text.time(updatedAt, ""));
    }
}
