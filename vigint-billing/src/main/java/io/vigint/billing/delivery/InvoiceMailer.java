package io.vigint.billing.delivery;

import io.vigint.billing.InvoiceDocumentConfig;
import io.vigint.billing.document.Amounts;
import io.vigint.billing.document.CsvInvoiceRenderer;
import io.vigint.billing.document.HtmlInvoiceRenderer;
import io.vigint.billing.document.InvoiceContent;
import io.vigint.billing.document.InvoiceDocument;
import io.vigint.billing.document.InvoiceRenderer;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.billing.einvoice.UblInvoiceRenderer;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails an invoice to its client: the subject names the invoice, the text body sums it up, the HTML
 * body is the invoice itself ({@link HtmlInvoiceRenderer}) and the configured documents are attached: the
 * PDF ({@code VIGINT-2026-0001.pdf}, Factur-X by default) and, if configured, the UBL ({@code
 * VIGINT-2026-0001.xml}). Sent through {@link ClientMailer} (the client's own provider if it has one,
 * else the server's, else the outbox folder), which retries and replaces an attachment too large with a
 * link. Every invoice but a draft (not final) or a void one (not owed) is sent; a credit note ({@link
 * InvoiceDocument.Kind#CREDIT_NOTE}) is sent the same way, its subject and text saying what it is.
 */
public final class InvoiceMailer {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceMailer.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ClientMailer mailer;
    private final InvoiceRenderers renderers;
    private final List<InvoiceFormat> attachments;

    /**
     * Attaches the documents {@code config} names ({@link InvoiceDocumentConfig#emailAttachments()}),
     * rendered by {@code renderers} (so the PDF is Factur-X when that is the configured PDF).
     */
    @Inject
    public InvoiceMailer(ClientMailer mailer, InvoiceRenderers renderers, InvoiceDocumentConfig config) {
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.renderers = Objects.requireNonNull(renderers, "renderers");
        this.attachments = config.emailAttachments();
    }

    /** Attaches the PDF of {@code pdf} only. */
    public InvoiceMailer(ClientMailer mailer, PdfInvoiceRenderer pdf, HtmlInvoiceRenderer html) {
        this(
                mailer,
                new InvoiceRenderers(pdf, html, new CsvInvoiceRenderer(), new UblInvoiceRenderer()),
                new InvoiceDocumentConfig(InvoiceDocumentConfig.PdfFormat.PLAIN, List.of(InvoiceFormat.PDF)));
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
        String subject = InvoiceContent.title(invoice) + " from "
                + oneLine(invoice.seller().name()) + " (" + invoice.period().label() + ")";
        List<MailAttachment> files = new ArrayList<>();
        for (InvoiceFormat format : attachments) {
            InvoiceRenderer renderer = renderers.of(format);
            files.add(new MailAttachment(
                    invoice.fileName(renderer.extension()), renderer.mediaType(), renderer.render(invoice)));
        }
        return new MailMessage(
                invoice.clientEmail(), subject, text(invoice), renderers.html().text(invoice), files);
    }

    /**
     * The plain-text body: what the document is and for which period, its lines and totals (with what was
     * paid and is due), the legal mention of a 0% treatment, when and how to pay, and the seller with its
     * VAT ID and registration. The attached PDF is the invoice; this sums it up in the same words.
     */
    static String text(InvoiceDocument invoice) {
        StringBuilder out = new StringBuilder(1024);
        out.append("Hello ").append(oneLine(invoice.clientName())).append(",\n\n");
        out.append("please find attached ")
                .append(invoice.kind().title().toLowerCase(Locale.ROOT))
                .append(' ')
                .append(invoice.number());
        if (invoice.kind() == InvoiceDocument.Kind.CREDIT_NOTE) {
            out.append(", which corrects invoice ")
                    .append(oneLine(invoice.correctedInvoice()))
                    .append(',');
        }
        out.append(" for ")
                .append(InvoiceContent.period(invoice))
                .append(", issued on ")
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
        String currency = " " + invoice.currency().getCurrencyCode();
        out.append('\n');
        for (InvoiceContent.Row total : InvoiceContent.totals(invoice)) {
            String value = total.value().endsWith(currency) ? total.value() : total.value() + currency;
            out.append(total.label()).append(": ").append(value).append('\n');
        }
        String mention = InvoiceContent.legalMention(invoice);
        if (!mention.isEmpty()) {
            out.append('\n').append(mention).append('\n');
        }
        out.append('\n');
        out.append("Date of supply: ").append(DATE.format(invoice.supplyDate())).append('\n');
        if (invoice.kind() == InvoiceDocument.Kind.INVOICE) {
            out.append("Due date: ").append(DATE.format(invoice.dueDate())).append('\n');
        }
        for (InvoiceContent.Row row : InvoiceContent.payment(invoice)) {
            out.append(oneLine(row.inline())).append('\n');
        }
        out.append('\n');
        for (String line : InvoiceContent.seller(invoice).lines()) {
            out.append(oneLine(line)).append('\n');
        }
        return out.toString();
    }

    /** No line breaks or other control characters from stored text in the subject or body layout. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
