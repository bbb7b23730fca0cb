package io.vigint.billing.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.billing.InvoiceDocumentConfig;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.billing.einvoice.EInvoices;
import io.vigint.billing.einvoice.FacturXInvoiceRenderer;
import io.vigint.billing.einvoice.FacturXInvoiceRendererTest;
import io.vigint.billing.einvoice.PeppolRules;
import io.vigint.billing.einvoice.UblInvoiceRenderer;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documents attached to an invoice email, as {@code billing.email_attachments} says. */
class InvoiceMailerAttachmentsTest {
    private static MailMessage message(InvoiceRenderers renderers, List<InvoiceFormat> attachments) {
        InvoiceMailer mailer = new InvoiceMailer(
                (clientId, m) -> {},
                renderers,
                new InvoiceDocumentConfig(InvoiceDocumentConfig.PdfFormat.FACTURX, attachments));
        return mailer.message(EInvoices.domestic());
    }

    @Test
    void pdfAndUblAttachTheFacturXPdfAndThePeppolUbl() throws IOException {
        MailMessage message = message(
                InvoiceRenderers.with(new FacturXInvoiceRenderer()), List.of(InvoiceFormat.PDF, InvoiceFormat.UBL));

        assertThat(message.attachments())
                .extracting(MailAttachment::filename, MailAttachment::contentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("VIGINT-2026-0042.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("VIGINT-2026-0042.xml", UblInvoiceRenderer.MEDIA_TYPE));
        assertThat(FacturXInvoiceRendererTest.facturXml(
                        message.attachments().get(0).content()))
                .contains("VIGINT-2026-0042");
        PeppolRules.Report report =
                PeppolRules.validate(message.attachments().get(1).content());
        assertThat(report.errors()).as(report.toString()).isEmpty();
    }

    @Test
    void theDefaultAttachesThePdfOnly() {
        MailMessage message = message(InvoiceRenderers.with(new PdfInvoiceRenderer()), List.of(InvoiceFormat.PDF));
        assertThat(message.attachments()).extracting(MailAttachment::filename).containsExactly("VIGINT-2026-0042.pdf");
    }
}
