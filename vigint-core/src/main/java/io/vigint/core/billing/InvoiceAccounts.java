package io.vigint.core.billing;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Payments and credit notes over the two stores, shared by {@link InvoicingService} (mark paid, verify)
 * and {@link InvoiceFollowUpService}. Every method that writes runs inside the caller's transaction and
 * locks the invoice's row first, so two writers on one invoice take turns.
 */
final class InvoiceAccounts {
    private final InvoiceStore invoices;
    private final InvoiceFollowUpStore followUps;

    InvoiceAccounts(InvoiceStore invoices, InvoiceFollowUpStore followUps) {
        this.invoices = invoices;
        this.followUps = followUps;
    }

    InvoiceBalance balance(Invoice invoice) {
        InvoiceNumber number = invoice.number().orElseThrow();
        return new InvoiceBalance(invoice, followUps.payments(number), creditNotes(number));
    }

    /** The invoice's credit notes, oldest first. */
    List<CreditNote> creditNotes(InvoiceNumber number) {
        List<CreditNote> notes = new ArrayList<>(followUps.listCreditNotes(Optional.empty(), Optional.of(number)));
        notes.sort(Comparator.comparing(CreditNote::number));
        return notes;
    }

    Invoice find(InvoiceNumber number) {
        return invoices.findInvoice(number).orElseThrow(() -> notFound(number));
    }

    /** Locks the invoice's row and reads it. */
    Invoice lock(InvoiceNumber number) {
        followUps.lockInvoice(number).orElseThrow(() -> notFound(number));
        return find(number);
    }

    /**
     * Records a payment of {@code amount} (empty: all that is due) and settles the status. Call in a
     * transaction.
     */
    InvoiceBalance pay(
            InvoiceNumber number,
            Optional<BigDecimal> amount,
            Instant paidAt,
            Optional<String> reference,
            Instant now) {
        Invoice invoice = lock(number);
        if (!invoice.status().open()) {
            throw new VigintException(
                    CoreErrorCode.INVOICE_STATE_CONFLICT,
                    "invoice " + number + " is " + invoice.status().code()
                            + "; only an issued, partially paid or overdue invoice takes payments",
                    Map.of(
                            "number",
                            number.toString(),
                            "status",
                            invoice.status().code()));
        }
        if (paidAt.isAfter(now)) {
            throw VigintException.invalid("paid_at", "paid_at is in the future: " + paidAt);
        }
        InvoiceBalance before = balance(invoice);
        Money paying = amount.map(a -> new Money(a, invoice.currency())).orElse(before.due());
        if (!CreditNoteArithmetic.inMinorUnits(paying)) {
            throw VigintException.invalid(
                    "amount",
                    "amount has more decimals than " + invoice.currency().getCurrencyCode() + " has: "
                            + paying.amount().toPlainString());
        }
        paying = paying.rounded();
        if (paying.amount().compareTo(before.due().amount()) > 0) {
            throw new VigintException(
                    CoreErrorCode.PAYMENT_EXCEEDS_BALANCE,
                    "a payment of " + paying + " is more than the " + before.due() + " due on invoice " + number,
                    Map.of(
                            "number", number.toString(),
                            "amount", paying.amount().toPlainString(),
                            "amount_due", before.due().amount().toPlainString()));
        }
        if (paying.isZero()) {
            throw VigintException.invalid("amount", "nothing is due on invoice " + number);
        }
        Payment payment = new Payment(number, paying, paidAt, reference);
        followUps.insertPayment(payment);
        List<Payment> payments = new ArrayList<>(before.payments());
        payments.add(payment);
        return settle(new InvoiceBalance(invoice, payments, before.creditNotes()), paidAt);
    }

    /** Moves the invoice to the status its payments and credit notes give it (a compare-and-set). */
    InvoiceBalance settle(InvoiceBalance balance, Instant at) {
        Invoice invoice = balance.invoice();
        InvoiceStatus to = balance.settledStatus();
        if (to == invoice.status()) {
            return balance;
        }
        InvoiceNumber number = invoice.number().orElseThrow();
        if (!invoices.changeInvoiceStatus(number, invoice.status(), to, at)) {
            throw new VigintException(
                    CoreErrorCode.INVOICE_STATE_CONFLICT,
                    "invoice " + number + " changed meanwhile; try again",
                    Map.of("number", number.toString()));
        }
        return new InvoiceBalance(invoice.withStatus(to, at), balance.payments(), balance.creditNotes());
    }

    /** What is wrong with the invoice's credit notes and status; empty when all is consistent. */
    List<String> check(Invoice invoice) {
        List<String> differences = new ArrayList<>();
        List<CreditNote> earlier = new ArrayList<>();
        InvoiceNumber number = invoice.number().orElseThrow();
        for (CreditNote note : creditNotes(number)) {
            String what = "credit note " + note.number();
            if (!note.invoice().equals(number) || !note.clientId().equals(invoice.clientId())) {
                differences.add(what + ": does not belong to this invoice's client");
            }
            if (!note.currency().equals(invoice.currency())) {
                differences.add(what + ": currency " + note.currency() + ", invoice " + invoice.currency());
                continue;
            }
            if (note.vatRate().compareTo(invoice.vatRate()) != 0) {
                differences.add(what + ": VAT rate " + note.vatRate().toPlainString() + ", invoice "
                        + invoice.vatRate().toPlainString());
            }
            if (!note.subtotal().plus(note.vat()).equals(note.total())) {
                differences.add(what + ": subtotal " + note.subtotal() + " plus VAT " + note.vat()
                        + " is not its total " + note.total());
            }
            Money netLeft = CreditNoteArithmetic.netLeft(invoice, earlier);
            if (note.subtotal().amount().signum() <= 0
                    || note.subtotal().amount().compareTo(netLeft.amount()) > 0) {
                differences.add(
                        what + ": credits " + note.subtotal() + " net, but only " + netLeft + " was left to credit");
            } else {
                Money vat = CreditNoteArithmetic.amounts(invoice, earlier, note.subtotal())
                        .vat();
                if (!vat.equals(note.vat())) {
                    differences.add(what + ": VAT " + note.vat() + ", the invoice's rate gives " + vat);
                }
            }
            earlier.add(note);
        }
        InvoiceBalance balance = new InvoiceBalance(invoice, followUps.payments(number), earlier);
        if (balance.credited().amount().compareTo(invoice.total().amount()) > 0) {
            differences.add("credit notes: " + balance.credited() + " credited, more than the invoice's total "
                    + invoice.total());
        }
        if (invoice.status() != InvoiceStatus.VOID) {
            InvoiceStatus expected = balance.settledStatus();
            if (expected != invoice.status()) {
                differences.add("status: invoice is " + invoice.status().code() + ", its payments (" + balance.paid()
                        + ") and credit notes (" + balance.credited() + ") make it " + expected.code());
            }
        }
        return differences;
    }

    static VigintException notFound(InvoiceNumber number) {
        return new VigintException(
                CoreErrorCode.INVOICE_NOT_FOUND,
                CoreErrorCode.INVOICE_NOT_FOUND.defaultMessage(),
                Map.of("number", number.toString()));
    }
}
