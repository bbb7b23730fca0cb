package io.vigint.billing.document;

import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Invoice documents for tests. */
public final class Invoices {
    public static final Seller SELLER = Seller.of("Vigint SA", "Rue de la Loi 16; 1000 Brussels");

    private Invoices() {}

    /** Two lines, 21% VAT: 120 × 0.05 + 1000 × 0.0025 = 8.50, VAT 1.79 (1.785 rounded), total 10.29. */
    public static InvoiceDocument sample(String clientName) {
        return new InvoiceDocument(
                "VIGINT-2026-0001",
                LocalDate.of(2026, 11, 23),
                InvoiceDocument.Status.ISSUED,
                SELLER,
                clientName,
                "billing@acme.example",
                new InvoiceDocument.Period("2026-W47", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23)),
                Money.EUR,
                List.of(
                        new InvoiceDocument.Line(
                                "/api/video/analyze", 120, Money.of("0.05", "EUR"), Money.of("6.00", "EUR")),
                        new InvoiceDocument.Line(
                                "/api/v1/frames", 1000, Money.of("0.0025", "EUR"), Money.of("2.5", "EUR"))),
                Money.of("8.50", "EUR"),
                new BigDecimal("0.21"),
                Money.of("1.785", "EUR"),
                Money.of("10.29", "EUR"),
                "Direct debit from BE** **** **** 7871");
    }

    public static InvoiceDocument sample() {
        return sample("Acme Security");
    }

    /** {@code lines} lines of 1 call at 1.00 each. */
    public static InvoiceDocument withLines(int lines) {
        InvoiceDocument base = sample();
        List<InvoiceDocument.Line> many = new java.util.ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            many.add(new InvoiceDocument.Line("/api/endpoint/" + i, 1, Money.of("1", "EUR"), Money.of("1", "EUR")));
        }
        Money subtotal = Money.of(Integer.toString(lines), "EUR");
        Money vat = subtotal.times(new BigDecimal("0.21")).rounded();
        return new InvoiceDocument(
                base.number(),
                base.issueDate(),
                base.status(),
                base.seller(),
                base.clientName(),
                base.clientEmail(),
                base.period(),
                base.currency(),
                many,
                subtotal,
                base.vatRate(),
                vat,
                subtotal.plus(vat),
                base.paymentMethod());
    }
}
