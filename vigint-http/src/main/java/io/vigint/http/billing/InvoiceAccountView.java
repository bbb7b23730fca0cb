package io.vigint.http.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.vigint.core.billing.InvoiceBalance;
import io.vigint.core.billing.Payment;
import java.time.Instant;
import java.util.List;

/**
 * One invoice as the operator sees it: the fields of {@link InvoiceView} (with the terms it was issued
 * under), then its due date and what was
 * paid, credited and is still due (decimal strings), its payments and the numbers of its credit notes.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"invoice", "due_at", "amount_paid", "amount_credited", "amount_due", "payments", "credit_notes"})
public record InvoiceAccountView(
        @JsonUnwrapped InvoiceView invoice,
        String dueAt,
        String amountPaid,
        String amountCredited,
        String amountDue,
        List<PaymentView> payments,
        List<String> creditNotes) {

    /** One payment. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"amount", "paid_at", "reference"})
    public record PaymentView(String amount, String paidAt, String reference) {
        static PaymentView of(Payment p) {
            return new PaymentView(
                    p.amount().amount().toPlainString(),
                    p.paidAt().toString(),
                    p.reference().orElse(null));
        }
    }

    public static InvoiceAccountView of(InvoiceBalance balance, Instant dueAt) {
        return new InvoiceAccountView(
                InvoiceView.of(balance.invoice()),
                dueAt.toString(),
                balance.paid().amount().toPlainString(),
                balance.credited().amount().toPlainString(),
                balance.due().amount().toPlainString(),
                balance.payments().stream().map(PaymentView::of).toList(),
                balance.creditNotes().stream().map(n -> n.number().toString()).toList());
    }
}
