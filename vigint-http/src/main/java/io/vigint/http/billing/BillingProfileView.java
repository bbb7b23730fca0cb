package io.vigint.http.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.BillingProfile;
import io.vigint.core.billing.VatId;
import java.util.List;

/**
 * A client's billing profile as JSON. {@code prices_include_vat} is the client's own choice, or null when
 * it has none ({@code billing.prices_include_vat} applies); {@code vat_id} is null when it has none.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
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
        String updatedAt) {
    public static BillingProfileView of(BillingProfile p) {
        return new BillingProfileView(
                p.clientId().value(),
                p.legalName(),
                p.addressLines(),
                p.country(),
                p.vatId().map(VatId::value).orElse(null),
                p.taxTreatment().code(),
                p.pricesIncludeVat().orElse(null),
                p.updatedAt().toString());
    }
}
