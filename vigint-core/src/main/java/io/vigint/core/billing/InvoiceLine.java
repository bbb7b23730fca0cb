package io.vigint.core.billing;

import io.vigint.core.money.Money;
import io.vigint.core.util.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One endpoint's usage on an invoice, with what it sums: the client's charged usage records (cost greater
 * than zero) on {@code endpoint} inside the invoice's period and currency, {@code count} of them, costs
 * adding up exactly to {@code usageSum}. That set is defined by the invoice itself, so {@code vigint
 * invoices verify} proves the line by summing the same records again (no list of record ids is kept).
 *
 * @param endpoint the metered endpoint
 * @param count how many calls
 * @param unitPrice the price of one call when every call cost the same; empty when prices varied
 *     (per-second processing costs)
 * @param amount {@code usageSum} rounded half-up to the currency's minor unit
 * @param usageSum the exact sum of the usage costs
 */
public record InvoiceLine(
        String endpoint, long count, Optional<BigDecimal> unitPrice, Money amount, BigDecimal usageSum) {
    public InvoiceLine {
        Checks.nonNull("endpoint unitPrice amount usageSum", endpoint, unitPrice, amount, usageSum);
    }
}
