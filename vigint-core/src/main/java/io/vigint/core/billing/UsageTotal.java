package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.math.BigDecimal;

/**
 * The usage of one client on one endpoint in a period, summed by storage (one row of
 * {@code GROUP BY client_id, endpoint}): enough to price an invoice line and to recognise the same
 * usage again when the invoice is verified.
 *
 * @param clientId whose usage
 * @param endpoint the metered endpoint
 * @param count how many records
 * @param sum the exact sum of their costs
 * @param minCost the lowest cost among them
 * @param maxCost the highest cost among them
 * @param minUsageId the smallest usage record id summed
 * @param maxUsageId the largest usage record id summed
 */
public record UsageTotal(
        ClientId clientId,
        String endpoint,
        long count,
        BigDecimal sum,
        BigDecimal minCost,
        BigDecimal maxCost,
        long minUsageId,
        long maxUsageId) {
    public UsageTotal {
        Checks.nonNull("clientId endpoint sum minCost maxCost", clientId, endpoint, sum, minCost, maxCost);
        if (count < 1) {
            throw new IllegalArgumentException("a usage total sums at least one record");
        }
    }
}
