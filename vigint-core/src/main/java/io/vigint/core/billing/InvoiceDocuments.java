package io.vigint.core.billing;

/**
 * The invoice as a document and as an email: the port the billing adapter implements (renderers over
 * the client's name and address and the masked payment details) and the HTTP adapter and the CLI use.
 * Nothing it renders or sends contains a full IBAN or customer id.
 */
public interface InvoiceDocuments {
    /**
     * {@code invoice} rendered in {@code format}.
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND} if the client is gone
     */
    byte[] render(Invoice invoice, InvoiceFormat format);

    /**
     * Emails {@code invoice} to its client (through the client's mail settings, the outbox by default),
     * with the configured documents attached (the PDF by default; the UBL e-invoice too if configured).
     * Sending twice sends two emails.
     *
     * @throws io.vigint.core.error.VigintException {@code INVOICE_STATE_CONFLICT} for a draft or void
     *     invoice (nothing is sent); {@code MAIL_FAILED} if the mail could not be sent
     */
    void send(Invoice invoice);
}
