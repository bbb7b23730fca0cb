package io.vigint.http.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceLine;
import io.vigint.core.billing.InvoiceStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An invoice as JSON: amounts are decimal strings ({@code "12.10"}) so no client parses them into
 * floating point; instants are ISO-8601 UTC; {@code number} and {@code issued_at} are null for a
 * dry run's drafts.
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
    "voided_at"
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
        String voidedAt) {

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
                i.voidedAt().map(Instant::toString).orElse(null));
    }
}
