package io.vigint.billing.einvoice;

import io.vigint.billing.document.InvoiceDocument;
import io.vigint.billing.document.Seller;
import io.vigint.core.billing.TaxTreatment;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Invoice documents of each kind and tax treatment, as a Belgian seller issues them. */
public final class EInvoices {
    public static final Seller SELLER = new Seller(
            "Vigint SRL",
            List.of("Rue de la Loi 16", "1000 Brussels"),
            "BE",
            "BE0403019261",
            "RPM Brussels",
            "BE68 5390 0754 7034",
            "GEBABEBB",
            "billing@vigint.example",
            "");

    private EInvoices() {}

    /** 120 × 0.05 + 1000 calls costing 1.2345 in all (average 0.0012) = 7.23, 21% VAT 1.52, total 8.75. */
    public static InvoiceDocument domestic() {
        return document(
                "VIGINT-2026-0042",
                InvoiceDocument.Kind.INVOICE,
                "",
                new InvoiceDocument.Buyer(
                        "Acme Security SA", List.of("Avenue Louise 54", "1050 Ixelles"), "BE", "BE0477472701"),
                TaxTreatment.DOMESTIC,
                new BigDecimal("0.21"),
                "1.52",
                "8.75",
                "0.00");
    }

    /** A German business customer: reverse charge, 0%. Half of it already paid. */
    public static InvoiceDocument reverseCharge() {
        return document(
                "VIGINT-2026-0043",
                InvoiceDocument.Kind.INVOICE,
                "",
                new InvoiceDocument.Buyer(
                        "Wachdienst GmbH", List.of("Friedrichstraße 10", "10117 Berlin"), "DE", "DE136695976"),
                TaxTreatment.REVERSE_CHARGE,
                BigDecimal.ZERO,
                "0.00",
                "7.23",
                "3.00");
    }

    /** A Swiss customer: outside the scope of EU VAT. */
    public static InvoiceDocument outsideEu() {
        return document(
                "VIGINT-2026-0044",
                InvoiceDocument.Kind.INVOICE,
                "",
                new InvoiceDocument.Buyer(
                        "Securitas Suisse AG", List.of("Bahnhofstrasse 1", "8001 Zürich"), "CH", "CHE-116.281.710"),
                TaxTreatment.OUTSIDE_EU,
                BigDecimal.ZERO,
                "0.00",
                "7.23",
                "0.00");
    }

    /** Credits the whole of {@link #domestic()}. */
    public static InvoiceDocument creditNote() {
        return document(
                "VIGINT-CN-2026-0001",
                InvoiceDocument.Kind.CREDIT_NOTE,
                "VIGINT-2026-0042",
                domestic().buyer(),
                TaxTreatment.DOMESTIC,
                new BigDecimal("0.21"),
                "1.52",
                "8.75",
                "0.00");
    }

    private static InvoiceDocument document(
            String number,
            InvoiceDocument.Kind kind,
            String corrected,
            InvoiceDocument.Buyer buyer,
            TaxTreatment treatment,
            BigDecimal rate,
            String vat,
            String total,
            String paid) {
        return new InvoiceDocument(
                number,
                LocalDate.of(2026, 12, 1),
                InvoiceDocument.Status.ISSUED,
                SELLER,
                buyer.legalName(),
                "accounts@customer.example",
                new InvoiceDocument.Period("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)),
                Money.EUR,
                List.of(
                        new InvoiceDocument.Line(
                                "/api/video/analyze", 120, Money.of("0.05", "EUR"), Money.of("6.00", "EUR")),
                        new InvoiceDocument.Line(
                                "/api/video/process", 1000, Money.of("0.0012", "EUR"), Money.of("1.23", "EUR"))),
                Money.of("7.23", "EUR"),
                rate,
                Money.of(vat, "EUR"),
                Money.of(total, "EUR"),
                "Bank transfer",
                kind,
                corrected,
                buyer,
                LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 31),
                "Payment within 30 days",
                treatment,
                false,
                Money.of(paid, "EUR"));
    }
}
