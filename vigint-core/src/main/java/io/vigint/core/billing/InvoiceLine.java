package io.vigint.core.billing;

import io.vigint.core.money.Money;
import io.vigint.core.util.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One endpoint's usage on an invoice, with the trace of what it sums: the client's usage records on
 * {@code endpoint} inside the invoice's period, {@code count} of them, ids from {@code minUsageId} to
 * {@code maxUsageId}, costs adding up exactly to {@code usageSum}.
 *
 * @param endpoint the metered endpoint
 * @param count how many calls
 * @param unitPrice the price of one call when every call cost the same; empty when prices varied
 *     (per-second processing costs)
 * @param amount {@code usageSum} rounded half-up to the currency's minor unit
 * @param usageSum the exact sum of the usage costs
 * @param minUsageId the smallest usage record id summed
 * @param maxUsageId the largest usage record id summed
 */
public record InvoiceLine(
        String endpoint,
        long count,
        Optional<BigDecimal> unitPrice,
        Money amount,
        BigDecimal usageSum,
        long minUsageId,
        long maxUsageId) {
    public InvoiceLine {
        Checks.nonNull("endpoint unitPrice amount usageSum", endpoint, unitPrice, amount, usageSum);
    }
}
