package io.vigint.persistence.billing;

import java.time.OffsetDateTime;

/** A client's price mode alone, to set in {@code billing_profiles} without touching its profile. */
public record PriceModeRow(long clientId, boolean pricesIncludeVat, OffsetDateTime updatedAt) {}
