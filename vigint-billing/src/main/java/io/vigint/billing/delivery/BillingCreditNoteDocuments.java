package io.vigint.billing.delivery;

import com.google.inject.Inject;
import io.vigint.billing.document.InvoiceDocument;
import io.vigint.core.billing.CreditNote;
import io.vigint.core.billing.CreditNoteDocuments;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.money.Money;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Implements the core's {@link CreditNoteDocuments}: the one place a {@link CreditNote} becomes an
 * {@link InvoiceDocument} of kind {@link InvoiceDocument.Kind#CREDIT_NOTE}, drawn by the invoice
 * renderers and sent by the {@link InvoiceMailer}. It is the document of the invoice it corrects (the
 * same seller, buyer, period and tax treatment, from {@link BillingInvoiceDocuments#document}) with the
 * credit note's number, date and amounts: one line, "Credit on VIGINT-…: reason", of the net amount
 * credited, VAT at the invoice's rate, and nothing to pay.
 */
public final class BillingCreditNoteDocuments implements CreditNoteDocuments {
    private final InvoiceStore invoices;
    private final BillingInvoiceDocuments documents;
    private final InvoiceRenderers renderers;
    private final InvoiceMailer mailer;

    @Inject
    public BillingCreditNoteDocuments(
            InvoiceStore invoices,
            BillingInvoiceDocuments documents,
            InvoiceRenderers renderers,
            InvoiceMailer mailer) {
        this.invoices = Objects.requireNonNull(invoices, "invoices");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.renderers = Objects.requireNonNull(renderers, "renderers");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
    }

    @Override
    public byte[] render(CreditNote note, InvoiceFormat format) {
        return renderers.of(format).render(document(note));
    }

    @Override
    public void send(CreditNote note) {
        mailer.send(note.clientId(), document(note));
    }

    /**
     * The document view of {@code note}.
     *
     * @throws VigintException {@code INVOICE_NOT_FOUND} if its invoice is gone, {@code CLIENT_NOT_FOUND} if
     *     its client is
     */
    public InvoiceDocument document(CreditNote note) {
        Invoice invoice = invoices.findInvoice(note.invoice())
                .orElseThrow(() -> new VigintException(
                        CoreErrorCode.INVOICE_NOT_FOUND,
                        CoreErrorCode.INVOICE_NOT_FOUND.defaultMessage(),
                        Map.of("number", note.invoice().toString())));
        InvoiceDocument corrected = documents.document(invoice);
        LocalDate issued = note.issuedAt().atZone(ZoneOffset.UTC).toLocalDate();
        InvoiceDocument.Line line = new InvoiceDocument.Line(
                "Credit on " + note.invoice() + ": " + note.reason(), 1, note.subtotal(), note.subtotal());
        return new InvoiceDocument(
                note.number().toString(),
                issued,
                InvoiceDocument.Status.ISSUED,
                corrected.seller(),
                corrected.clientName(),
                corrected.clientEmail(),
                corrected.period(),
                note.currency(),
                List.of(line),
                note.subtotal(),
                note.vatRate(),
                note.vat(),
                note.total(),
                corrected.paymentMethod(),
                InvoiceDocument.Kind.CREDIT_NOTE,
                note.invoice().toString(),
                corrected.buyer(),
                corrected.supplyDate(),
                issued,
                "",
                corrected.taxTreatment(),
                corrected.pricesIncludeVat(),
                Money.zero(note.currency()).rounded());
    }
}
