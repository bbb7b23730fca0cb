package io.vigint.persistence.billing;

import java.time.OffsetDateTime;

/**
 * One row of {@code billing_profiles}; {@code legalName}, {@code country} and {@code taxTreatment} are all
 * null in a row that holds only the price mode. {@code pricesIncludeVat} null: not chosen.
 */
public record BillingProfileRow(
        long clientId,
        String legalName,
        String address,
        String country,
        String vatId,
        String taxTreatment,
        Boolean pricesIncludeVat,
        OffsetDateTime updatedAt) {}
