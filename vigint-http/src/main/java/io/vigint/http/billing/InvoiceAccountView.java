package io.vigint.http.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.InvoiceBalance;
import io.vigint.core.billing.Payment;
import java.time.Instant;
import java.util.List;

/**
 * One invoice as the operator sees it: the fields of {@link InvoiceView}, then its due date and what was
 * paid, credited and is still due (decimal strings), its payments and the numbers of its credit notes.
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
    "due_at",
    "amount_paid",
    "amount_credited",
    "amount_due",
    "payments",
    "credit_notes"
})
public record InvoiceAccountView(
        String number,
        long clientId,
        String period,
        String periodStart,
        String periodEnd,
        String status,
        String currency,
        List<InvoiceView.Line> lines,
        String subtotal,
        String vatRate,
        String vat,
        String total,
        String issuedAt,
        String paidAt,
        String voidedAt,
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
        InvoiceView i = InvoiceView.of(balance.invoice());
        return new InvoiceAccountView(
                i.number(),
                i.clientId(),
                i.period(),
                i.periodStart(),
                i.periodEnd(),
                i.status(),
                i.currency(),
                i.lines(),
                i.subtotal(),
                i.vatRate(),
                i.vat(),
                i.total(),
                i.issuedAt(),
                i.paidAt(),
                i.voidedAt(),
                dueAt.toString(),
                balance.paid().amount().toPlainString(),
                balance.credited().amount().toPlainString(),
                balance.due().amount().toPlainString(),
                balance.payments().stream().map(PaymentView::of).toList(),
                balance.creditNotes().stream().map(n -> n.number().toString()).toList());
    }
}
