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
 * are summed exactly. Two ways, by the invoice's {@link InvoiceTerms#pricesIncludeVat()}:
 *
 * <ul>
 *   <li><b>Prices without VAT</b>: each line's amount is its usage sum rounded half-up to the currency's
 *       minor unit; the subtotal is the sum of the rounded lines (so the lines add up to it on paper); VAT
 *       is the subtotal times the rate, rounded half-up; the total is subtotal plus VAT.
 *   <li><b>Prices with VAT</b>: the gross total G is the exact sum of all usage rounded half-up; the
 *       subtotal (net) N is G / (1 + rate) rounded half-up; VAT is G − N; the total is G exactly. Each
 *       line's (net) amount is its usage sum / (1 + rate), and the cents are shared out by the
 *       largest-remainder method so the lines add up to N exactly (EN 16931 BR-CO-10): every line gets its
 *       amount rounded down, then the lines with the largest remainders (ties: by endpoint) get one
 *       more minor unit each until they reach N.
 * </ul>
 *
 * With a rate of 0 (reverse charge, outside the EU, exempt) prices with VAT are simply net: N = G.
 */
public final class InvoiceArithmetic {
    /** Decimals kept while dividing by 1 + rate, before the result is rounded to the minor unit. */
    private static final int WORKING_SCALE = 20;

    private InvoiceArithmetic() {}

    /**
     * A draft invoice for {@code clientId} over {@code totals} (that client's usage in {@code period}),
     * with prices without VAT and no recorded terms.
     */
    public static Invoice draft(
            ClientId clientId,
            BillingPeriod period,
            List<UsageTotal> totals,
            BigDecimal vatRate,
            Currency currency,
            Instant at) {
        return draft(clientId, period, totals, vatRate, InvoiceTerms.unrecorded(period, at), currency, at);
    }

    /**
     * A draft invoice for {@code clientId} over {@code totals} (that client's usage in {@code period}) at
     * {@code vatRate}, under {@code terms} (whose price mode decides how the amounts are computed).
     */
    public static Invoice draft(
            ClientId clientId,
            BillingPeriod period,
            List<UsageTotal> totals,
            BigDecimal vatRate,
            InvoiceTerms terms,
            Currency currency,
            Instant at) {
        List<UsageTotal> sorted = new ArrayList<>(totals);
        sorted.sort(Comparator.comparing(UsageTotal::endpoint));
        for (UsageTotal t : sorted) {
            if (!t.clientId().equals(clientId)) {
                throw new IllegalArgumentException("usage of another client: " + t.clientId());
            }
        }
        Amounts amounts =
                terms.pricesIncludeVat() ? inclusive(sorted, vatRate, currency) : exclusive(sorted, vatRate, currency);
        List<InvoiceLine> invoiceLines = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            UsageTotal t = sorted.get(i);
            Optional<BigDecimal> unit = t.uniformCost().map(InvoiceArithmetic::price);
            invoiceLines.add(new InvoiceLine(
                    t.endpoint(), t.count(), unit, amounts.lines().get(i), t.sum()));
        }
        return new Invoice(
                Optional.empty(),
                clientId,
                period,
                invoiceLines,
                vatRate,
                amounts.subtotal(),
                amounts.vat(),
                amounts.total(),
                InvoiceStatus.DRAFT,
                at,
                Optional.empty(),
                Optional.empty(),
                terms);
    }

    /**
     * The amounts of an invoice: line (net) amounts in the order of the usage given, subtotal, VAT and
     * total.
     */
    record Amounts(List<Money> lines, Money subtotal, Money vat, Money total) {}

    /** Prices without VAT: lines rounded, subtotal their sum, VAT on the subtotal. */
    static Amounts exclusive(List<UsageTotal> usage, BigDecimal vatRate, Currency currency) {
        List<Money> lines = new ArrayList<>();
        Money subtotal = Money.zero(currency).rounded();
        for (UsageTotal t : usage) {
            Money amount = new Money(t.sum(), currency).rounded();
            lines.add(amount);
            subtotal = subtotal.plus(amount);
        }
        Money vat = new Money(subtotal.amount().multiply(vatRate), currency).rounded();
        return new Amounts(lines, subtotal, vat, subtotal.plus(vat));
    }

    /** Prices with VAT: G rounded, N = G / (1 + rate) rounded, VAT = G − N, lines shared out to add up to N. */
    static Amounts inclusive(List<UsageTotal> usage, BigDecimal vatRate, Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal divisor = BigDecimal.ONE.add(vatRate);
        BigDecimal exactGross = usage.stream().map(UsageTotal::sum).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal gross = exactGross.setScale(digits, RoundingMode.HALF_UP);
        BigDecimal net = gross.divide(divisor, digits, RoundingMode.HALF_UP);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
        List<BigDecimal> floors = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal allotted = BigDecimal.ZERO.setScale(digits);
        for (UsageTotal t : usage) {
            BigDecimal exact = t.sum().divide(divisor, WORKING_SCALE, RoundingMode.HALF_EVEN);
            BigDecimal floor = exact.setScale(digits, RoundingMode.FLOOR);
            floors.add(floor);
            remainders.add(exact.subtract(floor));
            allotted = allotted.add(floor);
        }
        long missing = net.subtract(allotted).movePointRight(digits).longValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < usage.size(); i++) {
            order.add(i);
        }
        // largest remainder first; ties keep the endpoint order (the list is sorted by endpoint, the sort is stable)
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed());
        for (int k = 0; missing != 0 && !order.isEmpty(); k++) {
            int step = missing > 0 ? 1 : -1;
            // taking back (never expected: the floors cannot exceed N) starts from the smallest remainders
            int i = step > 0 ? order.get(k % order.size()) : order.get(order.size() - 1 - (k % order.size()));
            floors.set(i, floors.get(i).add(unit.multiply(BigDecimal.valueOf(step))));
            missing -= step;
        }
        List<Money> lines = floors.stream().map(a -> new Money(a, currency)).toList();
        Money subtotal = new Money(net, currency);
        Money total = new Money(gross, currency);
        return new Amounts(lines, subtotal, total.minus(subtotal), total);
    }

    /** A unit price as people read it: trailing zeros dropped, at least two decimals ({@code 0.05}). */
    public static BigDecimal price(BigDecimal cost) {
        BigDecimal stripped = cost.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale()), RoundingMode.UNNECESSARY);
    }
}
