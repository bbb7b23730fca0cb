package io.vigint.persistence.billing;

import java.math.BigDecimal;

/** One group of {@code usage_records} summed per client and endpoint. */
public record UsageTotalRow(long clientId, String endpoint, long usageCount, BigDecimal usageSum, BigDecimal maxCost) {}
