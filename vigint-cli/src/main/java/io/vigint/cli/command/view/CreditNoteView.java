package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vigint.core.billing.CreditNote;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/** A credit note, with the same snake_case fields as the HTTP API; amounts are decimal strings. */
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
        Instant issuedAt)
        implements View {
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
                n.issuedAt());
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Credit note " + number + "  (corrects " + invoiceNumber + ")");
        out.println("Client:  " + clientId);
        out.println("Issued:  " + Text.time(issuedAt, ""));
        out.println("Reason:  " + reason);
        out.println("Net:     " + subtotal + " " + currency);
        out.println("VAT:     " + vat + " " + currency + " ("
                + new java.math.BigDecimal(vatRate)
                        .movePointRight(2)
                        .stripTrailingZeros()
                        .toPlainString() + "%)");
        out.println("Total:   " + total + " " + currency);
    }

    /** Credit notes: a JSON array, or a table newest first. */
    public record ListView(@JsonValue List<CreditNoteView> notes) implements View {
        private static final Text.Columns COLUMNS = new Text.Columns(
                "%-20s %-17s %-7s %12s %s%n", "No credit notes.", "NUMBER", "INVOICE", "CLIENT", "TOTAL", "ISSUED");

        public static ListView of(List<CreditNote> notes) {
            return new ListView(notes.stream().map(CreditNoteView::of).toList());
        }

        @Override
        public void printText(PrintStream out) {
            COLUMNS.print(out, notes, n -> new Object[] {
                n.number,
                n.invoiceNumber,
                Long.toString(n.clientId),
                n.total + " " + n.currency,
                Text.time(n.issuedAt, "")
            });
        }
    }
}
