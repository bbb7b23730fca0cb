package io.vigint.billing.delivery;

import com.google.inject.Inject;
import io.vigint.billing.document.Amounts;
import io.vigint.billing.document.InvoiceDocument;
import io.vigint.billing.document.InvoiceRenderer;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.core.billing.InvoiceBalance;
import io.vigint.core.billing.PaymentReminders;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Implements the core's {@link PaymentReminders}: a plain-text email (the amount due, since when, what
 * was paid and credited) with the invoice's PDF attached, sent through {@link ClientMailer} like the
 * invoice itself (the client's own provider, else the server's, else the outbox folder).
 */
public final class PaymentReminderMailer implements PaymentReminders {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentReminderMailer.class);

    private final ClientMailer mailer;
    private final BillingInvoiceDocuments documents;
    private final InvoiceRenderer pdf;

    @Inject
    public PaymentReminderMailer(ClientMailer mailer, BillingInvoiceDocuments documents, InvoiceRenderers renderers) {
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.pdf = Objects.requireNonNull(renderers, "renderers").pdf();
    }

    @Override
    public void remind(InvoiceBalance balance, Instant dueAt, int afterDays) {
        mailer.send(balance.invoice().clientId(), message(balance, dueAt, afterDays));
        LOG.info(
                "Sent the {}-day payment reminder for invoice {} to client {}",
                afterDays,
                balance.invoice().number().orElseThrow(),
                balance.invoice().clientId().value());
    }

    /** The reminder for {@code balance}, without sending it. */
    public MailMessage message(InvoiceBalance balance, Instant dueAt, int afterDays) {
        InvoiceDocument invoice = documents.document(balance.invoice());
        String due = dueAt.atZone(ZoneOffset.UTC).toLocalDate().toString();
        String subject = "Payment reminder: invoice " + invoice.number() + " from "
                + oneLine(invoice.seller().name()) + " (" + Amounts.withCurrency(balance.due()) + " due since " + due
                + ")";
        StringBuilder text = new StringBuilder(512);
        text.append("Hello ").append(oneLine(invoice.clientName())).append(",\n\n");
        text.append("invoice ")
                .append(invoice.number())
                .append(" of ")
                .append(invoice.issueDate())
                .append(" for ")
                .append(invoice.period().label())
                .append(" was due on ")
                .append(due)
                .append(" (")
                .append(afterDays)
                .append(afterDays == 1 ? " day" : " days")
                .append(" ago) and is not paid yet.\n\n");
        text.append("Total: ")
                .append(Amounts.withCurrency(balance.invoice().total()))
                .append('\n');
        if (!balance.creditNotes().isEmpty()) {
            text.append("Credited: ")
                    .append(Amounts.withCurrency(balance.credited()))
                    .append('\n');
        }
        text.append("Paid: ").append(Amounts.withCurrency(balance.paid())).append('\n');
        text.append("Amount due: ").append(Amounts.withCurrency(balance.due())).append("\n\n");
        text.append("Payment: ").append(oneLine(invoice.paymentMethod())).append("\n\n");
        text.append("If you have paid in the meantime, please ignore this reminder.\n\n");
        text.append(oneLine(invoice.seller().name())).append('\n');
        for (String line : invoice.seller().addressLines()) {
            text.append(oneLine(line)).append('\n');
        }
        MailAttachment attachment = new MailAttachment(
                invoice.fileName(pdf.extension()), PdfInvoiceRenderer.MEDIA_TYPE, pdf.render(invoice));
        return new MailMessage(invoice.clientEmail(), subject, text.toString(), null, List.of(attachment));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
