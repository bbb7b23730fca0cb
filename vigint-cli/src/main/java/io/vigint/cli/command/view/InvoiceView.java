package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceLine;
import io.vigint.core.billing.InvoiceParty;
import io.vigint.core.billing.InvoiceStatus;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An invoice with its lines, with the same snake_case fields as the HTTP API: amounts are decimal strings
 * ({@code "12.10"}); a draft (from a dry run) has no number and no {@code issued_at}, its text shows
 * {@code (draft)} and {@code dated}, when it was computed. The terms it was issued under follow the
 * amounts: tax treatment, price mode, supply and due dates, payment terms, buyer and seller as recorded.
 */
@JsonPropertyOrder({
    "number",
    "client_id",
    "period",
    "period_start",
    "period_end",
    "status",
    "currency",
    "lines",
    "subtotal",
    "vat_rate",
    "vat",
    "total",
    "issued_at",
    "paid_at",
    "voided_at",
    "tax_treatment",
    "prices_include_vat",
    "supply_date",
    "due_date",
    "payment_terms_days",
    "buyer",
    "seller"
})
public record InvoiceView(
        String number,
        long clientId,
        String period,
        Instant periodStart,
        Instant periodEnd,
        String status,
        String currency,
        List<Line> lines,
        String subtotal,
        String vatRate,
        String vat,
        String total,
        Instant issuedAt,
        Instant paidAt,
        Instant voidedAt,
        String taxTreatment,
        boolean pricesIncludeVat,
        LocalDate supplyDate,
        LocalDate dueDate,
        int paymentTermsDays,
        Party buyer,
        Party seller,
        @JsonIgnore Instant dated)
        implements View {
    private static final String LINE_COLUMNS = "  %-30s %8s %12s %12s%n";

    /** One line: calls of an endpoint, at one unit price or ({@code null}) several. */
    @JsonPropertyOrder({"endpoint", "count", "unit_price", "amount"})
    public record Line(String endpoint, long count, String unitPrice, String amount) {}

    /** A party as the invoice recorded it; empty texts where nothing was recorded. */
    @JsonPropertyOrder({"legal_name", "address", "country", "vat_id"})
    public record Party(String legalName, List<String> address, String country, String vatId) {
        static Party of(InvoiceParty p) {
            return new Party(p.legalName(), p.addressLines(), p.country(), p.vatId());
        }

        /** {@code Acme SA, FR, VAT FR40303265045}; empty when nothing was recorded. */
        String text() {
            StringBuilder text = new StringBuilder(legalName);
            if (!country.isEmpty()) {
                text.append(", ").append(country);
            }
            if (!vatId.isEmpty()) {
                text.append(", VAT ").append(vatId);
            }
            return text.toString();
        }
    }

    public static InvoiceView of(Invoice i) {
        return new InvoiceView(
                i.number().map(Object::toString).orElse(null),
                i.clientId().value(),
                i.period().code(),
                i.period().start(),
                i.period().end(),
                i.status().code(),
                i.currency().getCurrencyCode(),
                i.lines().stream().map(InvoiceView::line).toList(),
                i.subtotal().amount().toPlainString(),
                i.vatRate().toPlainString(),
                i.vat().amount().toPlainString(),
                i.total().amount().toPlainString(),
                i.status() == InvoiceStatus.DRAFT ? null : i.issuedAt(),
                i.paidAt().orElse(null),
                i.voidedAt().orElse(null),
                i.terms().taxTreatment().code(),
                i.terms().pricesIncludeVat(),
                i.terms().supplyDate(),
                i.terms().dueDate(),
                i.terms().paymentTermsDays(),
                Party.of(i.terms().buyer()),
                Party.of(i.terms().seller()),
                i.issuedAt());
    }

    public static List<InvoiceView> of(List<Invoice> invoices) {
        return invoices.stream().map(InvoiceView::of).toList();
    }

    private static Line line(InvoiceLine l) {
        return new Line(
                l.endpoint(),
                l.count(),
                l.unitPrice().map(BigDecimal::toPlainString).orElse(null),
                l.amount().amount().toPlainString());
    }

    /** The number, or {@code (draft)}. */
    String numberText() {
        return Objects.requireNonNullElse(number, "(draft)");
    }

    /** The total with its currency, {@code 0.24 EUR}. */
    String totalText() {
        return total + " " + currency;
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Invoice " + numberText() + "  (" + status + ")");
        out.println("Client:  " + clientId);
        out.println("Period:  " + period + "  [" + periodStart + ", " + periodEnd + ")");
        out.println("Issued:  " + Text.time(dated, "")
                + (paidAt == null ? "" : "   paid " + Text.time(paidAt, ""))
                + (voidedAt == null ? "" : "   voided " + Text.time(voidedAt, "")));
        out.println("Supply:  " + supplyDate + "   due " + dueDate
                + (paymentTermsDays > 0 ? " (payment within " + paymentTermsDays + " days)" : ""));
        out.println("Tax:     " + taxTreatment + ", prices " + (pricesIncludeVat ? "include" : "exclude") + " VAT");
        if (!buyer.text().isEmpty()) {
            out.println("Buyer:   " + buyer.text());
        }
        if (!seller.text().isEmpty()) {
            out.println("Seller:  " + seller.text());
        }
        out.printf(LINE_COLUMNS, "ENDPOINT", "CALLS", "UNIT", "AMOUNT");
        for (Line l : lines) {
            out.printf(
                    LINE_COLUMNS,
                    l.endpoint(),
                    Long.toString(l.count()),
                    Objects.requireNonNullElse(l.unitPrice(), "varies"),
                    l.amount());
        }
        out.printf(LINE_COLUMNS, "Subtotal", "", "", subtotal);
        out.printf(
                LINE_COLUMNS,
                "VAT "
                        + new BigDecimal(vatRate)
                                .movePointRight(2)
                                .stripTrailingZeros()
                                .toPlainString() + "%",
                "",
                "",
                vat);
        out.printf(LINE_COLUMNS, "Total " + currency, "", "", total);
    }

    /** Invoices: a JSON array, or a table newest first as given. */
    public record ListView(@JsonValue List<InvoiceView> invoices) implements View {
        private static final Text.Columns COLUMNS = new Text.Columns(
                "%-17s %-7s %-9s %-14s %12s %s%n",
                "No invoices.", "NUMBER", "CLIENT", "PERIOD", "STATUS", "TOTAL", "ISSUED");

        public static ListView of(List<Invoice> invoices) {
            return new ListView(InvoiceView.of(invoices));
        }

        @Override
        public void printText(PrintStream out) {
            COLUMNS.print(out, invoices, i -> new Object[] {
                i.numberText(), Long.toString(i.clientId), i.period, i.status, i.totalText(), Text.time(i.dated, "")
            });
        }
    }
}
