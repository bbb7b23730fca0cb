package io.vigint.core.billing;

/**
 * A credit note as a document and as an email, like {@link InvoiceDocuments} for invoices: the port the
 * billing adapter implements and the HTTP adapter, the CLI and the follow-up use.
 */
public interface CreditNoteDocuments {
    /**
     * {@code note} rendered in {@code format}.
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND} if the client is gone
     */
    byte[] render(CreditNote note, InvoiceFormat format);

    /**
     * Emails {@code note} to its client (through the client's mail settings, the outbox by default), with
     * the PDF attached.
     *
     * @throws io.vigint.core.error.VigintException {@code MAIL_FAILED} if the mail could not be sent
     */
    void send(CreditNote note);
}
