package io.vigint.http.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceLine;
import io.vigint.core.billing.InvoiceParty;
import io.vigint.core.billing.InvoiceStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An invoice as JSON: amounts are decimal strings ({@code "12.10"}) so no client parses them into
 * floating point; instants are ISO-8601 UTC; {@code number} and {@code issued_at} are null for a
 * dry run's drafts. The terms it was issued under follow: {@code tax_treatment}, {@code prices_include_vat},
 * {@code supply_date} and {@code due_date} (ISO dates), {@code payment_terms_days}, {@code buyer} and
 * {@code seller} as recorded.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
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
        String periodStart,
        String periodEnd,
        String status,
        String currency,
        List<Line> lines,
        String subtotal,
        String vatRate,
        String vat,
        String total,
        String issuedAt,
        String paidAt,
        String voidedAt,
        String taxTreatment,
        boolean pricesIncludeVat,
        String supplyDate,
        String dueDate,
        int paymentTermsDays,
        Party buyer,
        Party seller) {

    /**
     * A party as the invoice recorded it when it was issued; empty texts where nothing was recorded (an
     * invoice issued before invoices recorded their parties, or a buyer without a billing profile).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"legal_name", "address", "country", "vat_id"})
    public record Party(String legalName, List<String> address, String country, String vatId) {
        static Party of(InvoiceParty party) {
            return new Party(party.legalName(), party.addressLines(), party.country(), party.vatId());
        }
    }

    /** One line: an endpoint's calls; {@code unit_price} is null when the calls' prices varied. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"endpoint", "count", "unit_price", "amount"})
    public record Line(String endpoint, long count, String unitPrice, String amount) {
        static Line of(InvoiceLine line) {
            return new Line(
                    line.endpoint(),
                    line.count(),
                    line.unitPrice().map(BigDecimal::toPlainString).orElse(null),
                    line.amount().amount().toPlainString());
        }
    }

    public static InvoiceView of(Invoice i) {
        return new InvoiceView(
                i.number().map(Object::toString).orElse(null),
                i.clientId().value(),
                i.period().code(),
                i.period().start().toString(),
                i.period().end().toString(),
                i.status().code(),
                i.currency().getCurrencyCode(),
                i.lines().stream().map(Line::of).toList(),
                i.subtotal().amount().toPlainString(),
                i.vatRate().toPlainString(),
                i.vat().amount().toPlainString(),
                i.total().amount().toPlainString(),
                i.status() == InvoiceStatus.DRAFT ? null : i.issuedAt().toString(),
                i.paidAt().map(Instant::toString).orElse(null),
                i.voidedAt().map(Instant::toString).orElse(null),
                i.terms().taxTreatment().code(),
                i.terms().pricesIncludeVat(),
                i.terms().supplyDate().toString(),
                i.terms().dueDate().toString(),
                i.terms().paymentTermsDays(),
                Party.of(i.terms().buyer()),
                Party.of(i.terms().seller()));
    }
}
