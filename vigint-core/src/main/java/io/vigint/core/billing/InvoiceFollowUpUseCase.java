package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What happens to an invoice after it is issued: payments (in part or in full), credit notes (which
 * replace voiding for issued invoices), and the follow-up of unpaid invoices (overdue marking and
 * payment reminders).
 */
public interface InvoiceFollowUpUseCase {
    /**
     * One invoice with its payments and credit notes.
     *
     * @throws VigintException {@code INVOICE_NOT_FOUND}
     */
    InvoiceBalance balance(InvoiceNumber number);

    /**
     * Records a payment: the invoice becomes partially paid, or paid once nothing is due.
     *
     * @throws VigintException {@code INVOICE_NOT_FOUND}; {@code INVOICE_STATE_CONFLICT} unless the invoice
     *     is issued, partially paid or overdue; {@code PAYMENT_EXCEEDS_BALANCE} for more than is due;
     *     {@code VALIDATION_FAILED} for an amount finer than the currency's minor unit or a payment time
     *     in the future
     */
    InvoiceBalance recordPayment(RecordPaymentCommand command);

    /**
     * Issues a credit note {@code VIGINT-CN-YYYY-NNNN} on an issued, partially paid, paid or overdue
     * invoice, then emails it to the client. Credited in full, the invoice becomes credited and its
     * client's period can be invoiced again.
     *
     * @throws VigintException {@code INVOICE_NOT_FOUND}; {@code INVOICE_STATE_CONFLICT} for a credited or
     *     void invoice; {@code CREDIT_EXCEEDS_INVOICE} for more than the net amount not yet credited;
     *     {@code VALIDATION_FAILED} for an amount finer than the currency's minor unit
     */
    CreditNoteIssued issueCreditNote(IssueCreditNoteCommand command);

    /** Credit notes, newest first, optionally of one client and/or one invoice. */
    List<CreditNote> listCreditNotes(Optional<ClientId> clientId, Optional<InvoiceNumber> invoice);

    /**
     * One credit note.
     *
     * @throws VigintException {@code CREDIT_NOTE_NOT_FOUND}
     */
    CreditNote creditNote(CreditNoteNumber number);

    /**
     * One credit note of {@code clientId}; another client's is not found, exactly like a missing one.
     *
     * @throws VigintException {@code CREDIT_NOTE_NOT_FOUND}
     */
    CreditNote clientCreditNote(ClientId clientId, CreditNoteNumber number);

    /** When {@code invoice} is due. */
    Instant dueAt(Invoice invoice);

    /**
     * Marks every issued or partially paid invoice past its due date overdue, then (when reminders are
     * on) emails a reminder for each overdue invoice that reached one of the configured days past due
     * and has not had that reminder (or a later one) yet. Safe to run again, and on several servers: each
     * reminder is recorded once.
     */
    FollowUpReport followUp();
}
