package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The one place invoice amounts are computed, for the batch and for verification alike. Usage costs
 * are summed exactly; each line's amount is that sum rounded half-up to the currency's minor unit;
 * the subtotal is the sum of the rounded lines (so the lines add up to it on paper); VAT is the
 * subtotal times the rate, rounded half-up; the total is subtotal plus VAT.
 */
public final class InvoiceArithmetic {
    private InvoiceArithmetic() {}

    /** A draft invoice for {@code clientId} over {@code totals} (that client's usage in {@code period}). */
    public static Invoice draft(
            ClientId clientId,
            BillingPeriod period,
            List<UsageTotal> totals,
            BigDecimal vatRate,
            Currency currency,
            Instant at) {
        List<InvoiceLine> invoiceLines = new ArrayList<>();
        Money subtotal = Money.zero(currency).rounded();
        List<UsageTotal> sorted = new ArrayList<>(totals);
        sorted.sort(Comparator.comparing(UsageTotal::endpoint));
        for (UsageTotal t : sorted) {
            if (!t.clientId().equals(clientId)) {
                throw new IllegalArgumentException("usage of another client: " + t.clientId());
            }
            Money amount = new Money(t.sum(), currency).rounded();
            Optional<BigDecimal> unit =
                    t.minCost().compareTo(t.maxCost()) == 0 ? Optional.of(price(t.minCost())) : Optional.empty();
            invoiceLines.add(
                    new InvoiceLine(t.endpoint(), t.count(), unit, amount, t.sum(), t.minUsageId(), t.maxUsageId()));
            subtotal = subtotal.plus(amount);
        }
        Money vat = new Money(subtotal.amount().multiply(vatRate), currency).rounded();
        return new Invoice(
                Optional.empty(),
                clientId,
                period,
                invoiceLines,
                vatRate,
                subtotal,
                vat,
                subtotal.plus(vat),
                InvoiceStatus.DRAFT,
                at,
                Optional.empty(),
                Optional.empty());
    }

    /** A unit price as people read it: trailing zeros dropped, at least two decimals ({@code 0.05}). */
    public static BigDecimal price(BigDecimal cost) {
        BigDecimal stripped = cost.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale()), RoundingMode.UNNECESSARY);
    }
}
