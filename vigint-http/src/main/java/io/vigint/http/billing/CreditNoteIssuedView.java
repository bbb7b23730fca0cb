package io.vigint.http.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.CreditNoteIssued;
import java.time.Instant;

/**
 * The answer to issuing a credit note: the note, the corrected invoice after it, and {@code not_sent}
 * (why the email failed) or null when it was sent.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"credit_note", "invoice", "not_sent"})
public record CreditNoteIssuedView(CreditNoteView creditNote, InvoiceAccountView invoice, String notSent) {
    public static CreditNoteIssuedView of(CreditNoteIssued issued, Instant dueAt) {
        return new CreditNoteIssuedView(
                CreditNoteView.of(issued.note()),
                InvoiceAccountView.of(issued.invoice(), dueAt),
                issued.notSent().orElse(null));
    }
}
