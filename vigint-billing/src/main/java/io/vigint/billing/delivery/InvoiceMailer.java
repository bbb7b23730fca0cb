package io.vigint.billing.delivery;

import io.vigint.billing.document.Amounts;
import io.vigint.billing.document.HtmlInvoiceRenderer;
import io.vigint.billing.document.InvoiceDocument;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails an invoice to its client: the subject names the invoice, the text body sums it up, the HTML
 * body is the invoice itself ({@link HtmlInvoiceRenderer}) and the PDF is attached as {@code
 * VIGINT-2026-0001.pdf}. Sent through {@link ClientMailer} (the client's own provider if it has one,
 * else the server's, else the outbox folder), which retries and replaces an attachment too large with a
 * link. Every invoice but a draft (not final) or a void one (not owed) is sent; a credit note ({@link
 * InvoiceDocument.Kind#CREDIT_NOTE}) is sent the same way, its subject and text saying what it is.
 */
public final class InvoiceMailer {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceMailer.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ClientMailer mailer;
    private final PdfInvoiceRenderer pdf;
    private final HtmlInvoiceRenderer html;

    @Inject
    public InvoiceMailer(ClientMailer mailer, PdfInvoiceRenderer pdf, HtmlInvoiceRenderer html) {
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.html = Objects.requireNonNull(html, "html");
    }

    /**
     * Sends {@code invoice} to {@code invoice.clientEmail()} on behalf of {@code clientId}.
     *
     * @throws VigintException {@code INVOICE_STATE_CONFLICT} for a draft or void invoice (nothing is
     *     sent); {@code MAIL_FAILED} from the mail port if sending failed
     */
    public void send(ClientId clientId, InvoiceDocument invoice) {
        Objects.requireNonNull(clientId, "clientId");
        MailMessage message = message(invoice);
        mailer.send(clientId, message);
        LOG.info("Sent invoice {} to client {}", invoice.number(), clientId.value());
    }

    /**
     * The email for {@code invoice}, without sending it.
     *
     * @throws VigintException {@code INVOICE_STATE_CONFLICT} for a draft or void invoice
     */
    public MailMessage message(InvoiceDocument invoice) {
        if (invoice.status() == InvoiceDocument.Status.DRAFT || invoice.status() == InvoiceDocument.Status.VOID) {
            throw new VigintException(
                    CoreErrorCode.INVOICE_STATE_CONFLICT,
                    "invoice " + invoice.number() + " is "
                            + invoice.status().label().toLowerCase(java.util.Locale.ROOT) + " and is not sent",
                    Map.of(
                            "invoice_number",
                            invoice.number(),
                            "status",
                            invoice.status().label()));
        }
        String subject = invoice.kind().title() + " " + invoice.number() + " from "
                + oneLine(invoice.seller().name()) + " (" + invoice.period().label() + ")";
        MailAttachment attachment = new MailAttachment(
                invoice.fileName(pdf.extension()), PdfInvoiceRenderer.MEDIA_TYPE, pdf.render(invoice));
        return new MailMessage(invoice.clientEmail(), subject, text(invoice), html.text(invoice), List.of(attachment));
    }

    /** The plain-text body. */
    static String text(InvoiceDocument invoice) {
        StringBuilder out = new StringBuilder(512);
        out.append("Hello ").append(oneLine(invoice.clientName())).append(",\n\n");
        out.append("please find attached ")
                .append(invoice.kind().title().toLowerCase(java.util.Locale.ROOT))
                .append(' ')
                .append(invoice.number())
                .append(" for ")
                .append(invoice.period().label())
                .append(" (")
                .append(DATE.format(invoice.period().start()))
                .append(" to ")
                .append(DATE.format(invoice.period().lastDay()))
                .append("), issued on ")
                .append(DATE.format(invoice.issueDate()))
                .append(".\n\n");
        if (invoice.kind() == InvoiceDocument.Kind.CREDIT_NOTE) {
            out.append("It corrects invoice ")
                    .append(invoice.correctedInvoice())
                    .append(".\n\n");
        }
        for (InvoiceDocument.Line line : invoice.lines()) {
            out.append("  ")
                    .append(oneLine(line.endpoint()))
                    .append(": ")
                    .append(line.count())
                    .append(" x ")
                    .append(Amounts.unitPrice(line.unitPrice()))
                    .append(" = ")
                    .append(Amounts.amount(line.amount()))
                    .append('\n');
        }
        out.append("\nSubtotal: ")
                .append(Amounts.withCurrency(invoice.subtotal()))
                .append('\n');
        out.append("VAT ")
                .append(Amounts.percent(invoice.vatRate()))
                .append(": ")
                .append(Amounts.withCurrency(invoice.vatAmount()))
                .append('\n');
        out.append("Total: ").append(Amounts.withCurrency(invoice.total())).append("\n\n");
        out.append("Payment: ").append(oneLine(invoice.paymentMethod())).append("\n\n");
        out.append(oneLine(invoice.seller().name())).append('\n');
        for (String line : invoice.seller().addressLines()) {
            out.append(oneLine(line)).append('\n');
        }
        return out.toString();
    }

    /** No line breaks or other control characters from stored text in the subject or body layout. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
