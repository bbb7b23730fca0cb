package io.vigint.persistence.billing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which usage to sum: {@code clientIds} in [{@code start}, {@code end}) and {@code currency}; with
 * {@code periodCode} set, clients holding an invoice for that period that is not void are left out.
 */
public record UsageQuery(
        List<Long> clientIds, OffsetDateTime start, OffsetDateTime end, String currency, String periodCode) {}
