package io.vigint.billing.document;

import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything an invoice shows, ready to render: a view of an invoice, not the invoice itself (the
 * billing domain computes the amounts; this record only checks they are in one currency).
 *
 * @param number e.g. {@code VIGINT-2026-0001}
 * @param issueDate the day the invoice was issued (or created, for a draft)
 * @param status draft, issued, paid or void; a draft or void invoice says so on every rendering
 * @param seller who issues it
 * @param clientName the client's name as stored (rendered escaped)
 * @param clientEmail the client's address, where the invoice is sent
 * @param period the billing period
 * @param currency the currency of every amount
 * @param lines one per endpoint, possibly none
 * @param subtotal the sum of the lines
 * @param vatRate the VAT rate as a fraction, {@code 0.21} for 21%
 * @param vatAmount the VAT on the subtotal
 * @param total subtotal plus VAT
 * @param paymentMethod how the client pays, already safe to show (a method name, or a masked IBAN such
 *     as {@code Direct debit from BE** **** **** 7871}); never a full IBAN
 */
public record InvoiceDocument(
        String number,
        LocalDate issueDate,
        Status status,
        Seller seller,
        String clientName,
        String clientEmail,
        Period period,
        Currency currency,
        List<Line> lines,
        Money subtotal,
        BigDecimal vatRate,
        Money vatAmount,
        Money total,
        String paymentMethod) {

    public InvoiceDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(clientEmail, "clientEmail");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        Objects.requireNonNull(vatRate, "vatRate");
        paymentMethod = paymentMethod == null || paymentMethod.isBlank() ? "Not set" : paymentMethod.strip();
        for (Money amount : List.of(subtotal, vatAmount, total)) {
            requireCurrency(amount, currency);
        }
        for (Line line : lines) {
            requireCurrency(line.unitPrice(), currency);
            requireCurrency(line.amount(), currency);
        }
    }

    /** The file name for a rendering, e.g. {@code VIGINT-2026-0001.pdf}. */
    public String fileName(String extension) {
        return number.replaceAll("[^A-Za-z0-9-]", "_") + "." + extension;
    }

    private static void requireCurrency(Money amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.currency().equals(currency)) {
            throw new IllegalArgumentException(
                    "amount " + amount + " is not in the invoice's currency " + currency.getCurrencyCode());
        }
    }

    /** An invoice's status as documents show it. */
    public enum Status {
        DRAFT,
        ISSUED,
        PAID,
        VOID;

        /** For example {@code Issued}. */
        public String label() {
            String lower = name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
    }

    /**
     * The billing period [{@code start}, {@code end}).
     *
     * @param label e.g. {@code 2026-W47}, {@code 2026-11}, {@code 2026-Q4}
     * @param start the first day
     * @param end the day after the last (exclusive)
     */
    public record Period(String label, LocalDate start, LocalDate end) {
        public Period {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a period ends after it starts: " + start + " to " + end);
            }
        }

        /** The last day of the period (inclusive), as people read it. */
        public LocalDate lastDay() {
            return end.minusDays(1);
        }
    }

    /**
     * One line: the calls of one endpoint in the period.
     *
     * @param endpoint e.g. {@code /api/video/analyze}
     * @param count how many calls
     * @param unitPrice the price of one call (may have more than 2 decimals)
     * @param amount what the line costs
     */
    public record Line(String endpoint, long count, Money unitPrice, Money amount) {
        public Line {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(amount, "amount");
            if (count < 0) {
                throw new IllegalArgumentException("a line's count is not negative: " + count);
            }
        }
    }
}
