package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.vigint.core.billing.InvoiceBalance;
import io.vigint.core.billing.Payment;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/**
 * An invoice with its follow-up, as the operator API shows it: the invoice's fields, then {@code due_at},
 * {@code amount_paid}, {@code amount_credited}, {@code amount_due}, {@code payments} and {@code
 * credit_notes} (their numbers).
 */
@JsonPropertyOrder({"invoice", "due_at", "amount_paid", "amount_credited", "amount_due", "payments", "credit_notes"})
public record InvoiceAccountView(
        @JsonUnwrapped InvoiceView invoice,
        Instant dueAt,
        String amountPaid,
        String amountCredited,
        String amountDue,
        List<PaymentLine> payments,
        List<String> creditNotes)
        implements View {

    /** One payment. */
    @JsonPropertyOrder({"amount", "paid_at", "reference"})
    public record PaymentLine(String amount, Instant paidAt, String reference) {
        static PaymentLine of(Payment p) {
            return new PaymentLine(
                    p.amount().amount().toPlainString(),
                    p.paidAt(),
                    p.reference().orElse(null));
        }
    }

    public static InvoiceAccountView of(InvoiceBalance balance, Instant dueAt) {
        return new InvoiceAccountView(
                InvoiceView.of(balance.invoice()),
                dueAt,
                balance.paid().amount().toPlainString(),
                balance.credited().amount().toPlainString(),
                balance.due().amount().toPlainString(),
                balance.payments().stream().map(PaymentLine::of).toList(),
                balance.creditNotes().stream().map(n -> n.number().toString()).toList());
    }

    @Override
    public void printText(PrintStream out) {
        invoice.printText(out);
        String currency = " " + invoice.currency();
        out.println("Due:     " + Text.time(dueAt, ""));
        out.println("Paid:    " + amountPaid + currency
                + (creditNotes.isEmpty() ? "" : "   credited " + amountCredited + currency + " " + creditNotes)
                + "   due " + amountDue + currency);
        for (PaymentLine p : payments) {
            out.println("  payment " + p.amount() + currency + " on " + Text.time(p.paidAt(), "")
                    + (p.reference() == null ? "" : "  (" + p.reference() + ")"));
        }
    }
}
