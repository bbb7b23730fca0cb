package io.vigint.http.billing;

import java.util.List;

/**
 * The body of {@code PUT /admin/v1/clients/{id}/billing-profile}: {@code legal_name}, {@code country} and
 * {@code tax_treatment} are required; {@code address} is a list of lines; {@code vat_id} is required for
 * {@code reverse_charge}; {@code prices_include_vat} left out keeps the client's current choice.
 */
public record SetBillingProfileRequest(
        String legalName,
        List<String> address,
        String country,
        String vatId,
        String taxTreatment,
        Boolean pricesIncludeVat) {}
