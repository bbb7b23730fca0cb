package io.vigint.persistence.billing;

import java.time.OffsetDateTime;

/**
 * Which usage to sum: in [{@code start}, {@code end}) and {@code currency}; of one client when
 * {@code clientId} is set; of the clients billed at {@code frequency} (plus those without payment
 * details if {@code includeWithoutDetails}) when {@code frequency} is set; leaving out clients holding
 * an invoice for {@code periodCode} that is not void when {@code periodCode} is set.
 */
public record UsageQuery(
        Long clientId,
        OffsetDateTime start,
        OffsetDateTime end,
        String currency,
        String periodCode,
        String frequency,
        boolean includeWithoutDetails) {}
