package io.vigint.persistence.usage;

import java.math.BigDecimal;

/** One group of a sum over {@code usage_records}: the day or endpoint, the currency, the count and total. */
public record UsageGroupRow(String groupKey, String currency, long count, BigDecimal cost) {}
