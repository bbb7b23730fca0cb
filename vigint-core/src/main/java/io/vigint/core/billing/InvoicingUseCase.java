package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import java.util.List;
import java.util.Optional;

/**
 * The operator's invoicing: run the batch, look invoices up, verify them, mark them paid. Payments in
 * part and credit notes are {@link InvoiceFollowUpUseCase}'s.
 */
public interface InvoicingUseCase {
    /**
     * Invoices every client billed at the period's frequency that used something in the period and has
     * no invoice for it that is not void. Re-running a period creates nothing new. A run that fails
     * part-way keeps the invoices of the transactions that committed; running it again completes it
     * with no duplicate and no gap in the numbers.
     */
    List<InvoiceRunReport> runInvoices(RunInvoicesCommand command);

    /** Invoices, newest first, optionally of one client and/or in one status. */
    List<Invoice> listInvoices(Optional<ClientId> clientId, Optional<InvoiceStatus> status);

    /**
     * One invoice.
     *
     * @throws VigintException {@code INVOICE_NOT_FOUND}
     */
    Invoice invoice(InvoiceNumber number);

    /**
     * One invoice of {@code clientId}; another client's invoice is not found, exactly like a missing one.
     *
     * @throws VigintException {@code INVOICE_NOT_FOUND}
     */
    Invoice clientInvoice(ClientId clientId, InvoiceNumber number);

    /**
     * Recomputes the invoice from the usage records of its client, period and currency, and checks its
     * credit notes (each one's amounts against the invoice's rate and what was left to credit, their sum
     * against the invoice's total) and its status against its payments and credit notes.
     *
     * @throws VigintException {@code INVOICE_NOT_FOUND}
     */
    InvoiceVerification verify(InvoiceNumber number);

    /**
     * Records a payment of everything still due on an issued, partially paid or overdue invoice, which
     * makes it paid.
     *
     * @throws VigintException {@code INVOICE_NOT_FOUND}, or {@code INVOICE_STATE_CONFLICT} unless it is
     *     issued, partially paid or overdue
     */
    Invoice markPaid(InvoiceNumber number);

    /**
     * Voids a draft. Drafts are never stored (a dry run only shows them), so for any stored invoice this
     * fails and says to issue a credit note instead.
     *
     * @throws VigintException {@code INVOICE_NOT_FOUND}, or {@code INVOICE_STATE_CONFLICT} for an invoice
     *     that is not a draft (every stored one)
     */
    Invoice voidInvoice(InvoiceNumber number);
}
