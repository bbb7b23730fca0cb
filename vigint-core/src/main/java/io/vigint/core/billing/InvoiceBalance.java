package io.vigint.core.billing;

import io.vigint.core.money.Money;
import io.vigint.core.util.Checks;
import java.util.List;

/**
 * An invoice with what was paid and credited on it: the amounts the follow-up (payments, credit notes,
 * reminders) works from. Paid and credited are derived from the payments and credit notes, never
 * stored on the invoice.
 *
 * @param invoice the invoice
 * @param payments its payments, oldest first
 * @param creditNotes its credit notes, by number
 */
public record InvoiceBalance(Invoice invoice, List<Payment> payments, List<CreditNote> creditNotes) {
    public InvoiceBalance {
        Checks.nonNull("invoice", invoice);
        payments = List.copyOf(payments);
        creditNotes = List.copyOf(creditNotes);
    }

    /** The sum of the payments. */
    public Money paid() {
        Money sum = Money.zero(invoice.currency()).rounded();
        for (Payment p : payments) {
            sum = sum.plus(p.amount());
        }
        return sum;
    }

    /** The sum of the credit notes' totals. */
    public Money credited() {
        Money sum = Money.zero(invoice.currency()).rounded();
        for (CreditNote c : creditNotes) {
            sum = sum.plus(c.total());
        }
        return sum;
    }

    /** The sum of the credit notes' net amounts. */
    public Money creditedNet() {
        Money sum = Money.zero(invoice.currency()).rounded();
        for (CreditNote c : creditNotes) {
            sum = sum.plus(c.subtotal());
        }
        return sum;
    }

    /** The sum of the credit notes' VAT. */
    public Money creditedVat() {
        Money sum = Money.zero(invoice.currency()).rounded();
        for (CreditNote c : creditNotes) {
            sum = sum.plus(c.vat());
        }
        return sum;
    }

    /** What the client owes: total minus credited minus paid, never below zero. */
    public Money due() {
        Money due = invoice.total().minus(credited()).minus(paid());
        return due.amount().signum() < 0 ? Money.zero(invoice.currency()).rounded() : due;
    }

    /** Whether the credit notes add up to the whole invoice (true for no credit note on a zero invoice). */
    public boolean fullyCredited() {
        return credited().equals(invoice.total());
    }

    /**
     * The status these amounts give an issued invoice: credited in full, else paid once nothing is due,
     * else overdue if it was already, else partially paid once something was paid, else issued.
     */
    public InvoiceStatus settledStatus() {
        if (!creditNotes.isEmpty() && fullyCredited()) {
            return InvoiceStatus.CREDITED;
        }
        if ((!payments.isEmpty() || !creditNotes.isEmpty()) && due().isZero()) {
            return InvoiceStatus.PAID;
        }
        if (invoice.status() == InvoiceStatus.OVERDUE) {
            return InvoiceStatus.OVERDUE;
        }
        return paid().isZero() ? InvoiceStatus.ISSUED : InvoiceStatus.PARTIALLY_PAID;
    }
}
