package io.vigint.http.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.CreditNote;

/** A credit note as JSON: amounts are decimal strings, the instant ISO-8601 UTC. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
    "number",
    "invoice_number",
    "client_id",
    "reason",
    "currency",
    "subtotal",
    "vat_rate",
    "vat",
    "total",
    "issued_at"
})
public record CreditNoteView(
        String number,
        String invoiceNumber,
        long clientId,
        String reason,
        String currency,
        String subtotal,
        String vatRate,
        String vat,
        String total,
        String issuedAt) {
    public static CreditNoteView of(CreditNote n) {
        return new CreditNoteView(
                n.number().toString(),
                n.invoice().toString(),
                n.clientId().value(),
                n.reason(),
                n.currency().getCurrencyCode(),
                n.subtotal().amount().toPlainString(),
                n.vatRate().toPlainString(),
                n.vat().amount().toPlainString(),
                n.total().amount().toPlainString(),
                n.issuedAt().toString());
    }
}
