package io.vigint.billing.document;

import io.vigint.core.billing.TaxTreatment;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Invoice documents for tests. */
public final class Invoices {
    public static final Seller SELLER = Seller.of("Vigint SA", "Rue de la Loi 16; 1000 Brussels");

    /** A seller with every art. 226 detail configured (VAT ID and IBAN with valid check digits). */
    public static final Seller FULL_SELLER = new Seller(
            "Vigint SA",
            List.of("Rue de la Loi 16", "1000 Brussels"),
            "BE",
            "BE0123456749",
            "RPM Brussels 0123.456.749",
            "BE71 0961 2345 6769",
            "GKCCBEBB",
            "billing@vigint.example",
            "Vigint SA, share capital EUR 61,500. Late payments bear interest at the statutory rate.");

    private static final InvoiceDocument.Period NOVEMBER =
            new InvoiceDocument.Period("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
    private static final List<InvoiceDocument.Line> NOVEMBER_LINES = List.of(
            new InvoiceDocument.Line("/api/video/analyze", 1480, Money.of("0.05", "EUR"), Money.of("74.00", "EUR")),
            new InvoiceDocument.Line("/api/v1/frames", 52000, Money.of("0.0025", "EUR"), Money.of("130.00", "EUR")),
            new InvoiceDocument.Line("/api/alert", 37, Money.of("0.10", "EUR"), Money.of("3.70", "EUR")));

    private Invoices() {}

    /** The kinds of document every rendering is checked with, by a short name used for screenshots. */
    public static java.util.Map<String, InvoiceDocument> kinds() {
        java.util.Map<String, InvoiceDocument> kinds = new java.util.LinkedHashMap<>();
        kinds.put("domestic", domestic());
        kinds.put("reverse-charge", reverseCharge());
        kinds.put("outside-eu", outsideEu());
        kinds.put("partially-paid", partiallyPaid());
        kinds.put("credit-note", creditNote());
        return kinds;
    }

    /** A Belgian customer with a VAT ID, 21%: 207.70 + 43.62 = 251.32, 30 days. */
    public static InvoiceDocument domestic() {
        return november(
                "VIGINT-2026-0042",
                InvoiceDocument.Status.ISSUED,
                new InvoiceDocument.Buyer(
                        "Acme Security SRL", List.of("Avenue Louise 54", "1050 Ixelles"), "BE", "BE0987654394"),
                "ops@acme.example",
                TaxTreatment.DOMESTIC,
                "0.21",
                "43.62",
                "251.32",
                "0");
    }

    /** A German business customer with a VAT ID: reverse charge, 0%, the legal mention. */
    public static InvoiceDocument reverseCharge() {
        return november(
                "VIGINT-2026-0043",
                InvoiceDocument.Status.ISSUED,
                new InvoiceDocument.Buyer(
                        "Nordwind Logistik GmbH", List.of("Hafenstraße 12", "20457 Hamburg"), "DE", "DE123456788"),
                "rechnungen@nordwind.example",
                TaxTreatment.REVERSE_CHARGE,
                "0",
                "0",
                "207.70",
                "0");
    }

    /** A customer in the United States, no VAT ID: outside the scope of EU VAT, 0%, the legal mention. */
    public static InvoiceDocument outsideEu() {
        return november(
                "VIGINT-2026-0044",
                InvoiceDocument.Status.OVERDUE,
                new InvoiceDocument.Buyer(
                        "Hudson Vision Inc.", List.of("350 Fifth Avenue", "New York, NY 10118"), "US", ""),
                "ap@hudsonvision.example",
                TaxTreatment.OUTSIDE_EU,
                "0",
                "0",
                "207.70",
                "0");
    }

    /** The domestic invoice of which 100.00 was paid: 151.32 due. */
    public static InvoiceDocument partiallyPaid() {
        return november(
                "VIGINT-2026-0045",
                InvoiceDocument.Status.PARTIALLY_PAID,
                new InvoiceDocument.Buyer(
                        "Acme Security SRL", List.of("Avenue Louise 54", "1050 Ixelles"), "BE", "BE0987654394"),
                "ops@acme.example",
                TaxTreatment.DOMESTIC,
                "0.21",
                "43.62",
                "251.32",
                "100.00");
    }

    /** A partial credit note on the domestic invoice: the frames line (130.00 + 27.30 VAT). */
    public static InvoiceDocument creditNote() {
        InvoiceDocument invoice = domestic();
        return new InvoiceDocument(
                "VIGINT-CN-2026-0001",
                LocalDate.of(2026, 12, 9),
                InvoiceDocument.Status.ISSUED,
                invoice.seller(),
                invoice.clientName(),
                invoice.clientEmail(),
                invoice.period(),
                invoice.currency(),
                List.of(invoice.lines().get(1)),
                Money.of("130.00", "EUR"),
                new BigDecimal("0.21"),
                Money.of("27.30", "EUR"),
                Money.of("157.30", "EUR"),
                invoice.paymentMethod(),
                InvoiceDocument.Kind.CREDIT_NOTE,
                invoice.number(),
                invoice.buyer(),
                invoice.supplyDate(),
                LocalDate.of(2026, 12, 9),
                "",
                TaxTreatment.DOMESTIC,
                false,
                Money.zero(Money.EUR).rounded());
    }

    private static InvoiceDocument november(
            String number,
            InvoiceDocument.Status status,
            InvoiceDocument.Buyer buyer,
            String email,
            TaxTreatment treatment,
            String rate,
            String vat,
            String total,
            String paid) {
        return new InvoiceDocument(
                number,
                LocalDate.of(2026, 12, 1),
                status,
                FULL_SELLER,
                buyer.legalName().replaceAll(" (SRL|GmbH|Inc\\.)$", ""),
                email,
                NOVEMBER,
                Money.EUR,
                NOVEMBER_LINES,
                Money.of("207.70", "EUR"),
                new BigDecimal(rate),
                Money.of(vat, "EUR"),
                Money.of(total, "EUR"),
                "Bank transfer",
                InvoiceDocument.Kind.INVOICE,
                "",
                buyer,
                NOVEMBER.lastDay(),
                LocalDate.of(2026, 12, 31),
                "Payment within 30 days of the issue date",
                treatment,
                false,
                Money.of(paid, "EUR").rounded());
    }

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

    /** {@code invoice} with another status, seller, buyer and lines (null keeps the invoice's own). */
    public static InvoiceDocument with(
            InvoiceDocument invoice,
            InvoiceDocument.Status status,
            Seller seller,
            InvoiceDocument.Buyer buyer,
            List<InvoiceDocument.Line> lines) {
        List<InvoiceDocument.Line> newLines = lines == null ? invoice.lines() : lines;
        Money subtotal = invoice.subtotal();
        Money vat = invoice.vatAmount();
        Money total = invoice.total();
        if (lines != null) {
            subtotal = Money.zero(invoice.currency());
            for (InvoiceDocument.Line line : lines) {
                subtotal = subtotal.plus(line.amount());
            }
            vat = subtotal.times(invoice.vatRate()).rounded();
            total = subtotal.plus(vat);
        }
        return new InvoiceDocument(
                invoice.number(),
                invoice.issueDate(),
                status == null ? invoice.status() : status,
                seller == null ? invoice.seller() : seller,
                invoice.clientName(),
                invoice.clientEmail(),
                invoice.period(),
                invoice.currency(),
                newLines,
                subtotal,
                invoice.vatRate(),
                vat,
                total,
                invoice.paymentMethod(),
                invoice.kind(),
                invoice.correctedInvoice(),
                buyer == null ? invoice.buyer() : buyer,
                invoice.supplyDate(),
                invoice.dueDate(),
                invoice.paymentTerms(),
                invoice.taxTreatment(),
                invoice.pricesIncludeVat(),
                invoice.amountPaid());
    }
}
