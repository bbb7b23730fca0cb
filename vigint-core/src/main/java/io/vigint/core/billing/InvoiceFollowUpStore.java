package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps what happens to an invoice after it is issued: its payments, its credit notes (numbered by a
 * counter of their own) and the payment reminders sent for it. Invoices themselves, and their status,
 * are the {@link InvoiceStore}'s.
 *
 * <p>Promises: {@link #lockInvoice} holds the invoice's row until the calling transaction ends, so two
 * payments or credit notes on one invoice are serialised; the counter returned by {@link
 * #lockCreditNoteSequence} is held likewise, and a credit note and the counter's new value are written
 * together, so credit note numbers are unique and gap-free (a rolled-back transaction gives its number
 * back); a reminder is recorded at most once per invoice and number of days. Everything here is deleted
 * with its invoice.
 */
public interface InvoiceFollowUpStore {
    /**
     * Locks the invoice's row until the calling transaction ends and returns its current status; empty
     * if there is no such invoice.
     */
    Optional<InvoiceStatus> lockInvoice(InvoiceNumber number);

    /** Adds a payment. */
    void insertPayment(Payment payment);

    /** The invoice's payments, oldest first ({@code paid_at}, then as recorded). */
    List<Payment> payments(InvoiceNumber invoice);

    /**
     * Locks {@code year}'s credit note counter until the calling transaction ends and returns the last
     * sequence used that year (0 before the first credit note).
     */
    int lockCreditNoteSequence(int year);

    /**
     * Inserts {@code note} and sets its year's counter to its sequence, together. Call inside the
     * transaction that locked the counter.
     */
    void insertCreditNote(CreditNote note);

    /** The credit note with that number. */
    Optional<CreditNote> findCreditNote(CreditNoteNumber number);

    /** Credit notes by number (newest first), optionally of one client and/or one invoice. */
    List<CreditNote> listCreditNotes(Optional<ClientId> clientId, Optional<InvoiceNumber> invoice);

    /** The reminders already recorded for the invoice: the days after the due date each was for. */
    List<Integer> remindersSent(InvoiceNumber invoice);

    /**
     * Records that the reminder {@code afterDays} days past due was sent for the invoice at {@code at};
     * false (nothing changed) if it was recorded already.
     */
    boolean recordReminder(InvoiceNumber invoice, int afterDays, Instant at);
}
