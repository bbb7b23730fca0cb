package io.vigint.billing.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.billing.document.HtmlInvoiceRenderer;
import io.vigint.billing.document.InvoiceDocument;
import io.vigint.billing.document.Invoices;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvoiceMailerTest {
    private static final ClientId ACME = new ClientId(7);

    private final List<Sent> sent = new ArrayList<>();
    private final ClientMailer recording = (clientId, message) -> sent.add(new Sent(clientId, message));
    private final InvoiceMailer mailer =
            new InvoiceMailer(recording, new PdfInvoiceRenderer(), new HtmlInvoiceRenderer());

    private record Sent(ClientId clientId, MailMessage message) {}

    @Test
    void sendsOneMailToTheClientWithTheNumberInTheSubjectAndThePdfAttached() throws IOException {
        mailer.send(ACME, Invoices.sample());

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).clientId()).isEqualTo(ACME);
        MailMessage message = sent.get(0).message();
        assertThat(message.to()).isEqualTo("billing@acme.example");
        assertThat(message.subject()).isEqualTo("Invoice VIGINT-2026-0001 from Vigint SA (2026-W47)");
        assertThat(message.attachments()).hasSize(1);
        MailAttachment pdf = message.attachments().get(0);
        assertThat(pdf.filename()).isEqualTo("VIGINT-2026-0001.pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Invoice VIGINT-2026-0001")
                    .containsPattern("Total\\s+10\\.29 EUR");
        }
    }

    @Test
    void theTextBodySumsUpTheInvoiceAndTheHtmlBodyIsTheInvoice() {
        MailMessage message = mailer.message(Invoices.sample());

        assertThat(message.text())
                .startsWith("Hello Acme Security,\n")
                .contains("invoice VIGINT-2026-0001 for 2026-W47 (2026-11-16 to 2026-11-22), issued on 2026-11-23")
                .contains("/api/video/analyze: 120 x 0.05 = 6.00\n")
                .contains("Taxable amount: 8.50 EUR\nVAT 21%: 1.79 EUR\nTotal: 10.29 EUR\n")
                .contains("Payment: Direct debit from BE** **** **** 7871")
                .endsWith("Vigint SA\nRue de la Loi 16\n1000 Brussels\n");
        assertThat(message.html()).isEqualTo(new HtmlInvoiceRenderer().text(Invoices.sample()));
    }

    @Test
    void theTextBodySaysWhatWasPaidWhatIsDueWhenAndWhereAndWhoTheSellerIs() {
        String text = mailer.message(Invoices.partiallyPaid()).text();

        assertThat(text)
                .contains("Total: 251.32 EUR\nPaid: 100.00 EUR\nAmount due: 151.32 EUR\n")
                .contains("Date of supply: 2026-11-30\nDue date: 2026-12-31\n")
                .contains("Terms: Payment within 30 days of the issue date\n")
                .contains("Pay to: Vigint SA, IBAN BE71 0961 2345 6769, BIC GKCCBEBB\nReference: VIGINT-2026-0045\n")
                .endsWith("Vigint SA\nRue de la Loi 16\n1000 Brussels\nBelgium\nVAT ID: BE0123456749\n"
                        + "Registration: RPM Brussels 0123.456.749\nbilling@vigint.example\n");
        assertThat(mailer.message(Invoices.reverseCharge()).text())
                .contains("VAT 0%: 0.00 EUR\nTotal: 207.70 EUR\n\nReverse charge: VAT to be accounted for by the"
                        + " customer (Article 196, Directive 2006/112/EC)\n");
    }

    @Test
    void aCreditNoteIsNamedAsOneAndNamesTheInvoiceItCorrects() {
        MailMessage message = mailer.message(Invoices.creditNote());

        assertThat(message.subject()).isEqualTo("Credit note VIGINT-CN-2026-0001 from Vigint SA (2026-11)");
        assertThat(message.text())
                .contains("please find attached credit note VIGINT-CN-2026-0001, which corrects invoice"
                        + " VIGINT-2026-0042, for 2026-11 (2026-11-01 to 2026-11-30), issued on 2026-12-09.")
                .contains("Total: 157.30 EUR\n")
                .doesNotContain("Due date", "Pay to", "Amount due");
        assertThat(message.attachments().get(0).filename()).isEqualTo("VIGINT-CN-2026-0001.pdf");
    }

    @Test
    void aClientNameWithLineBreaksCannotReshapeTheMail() {
        MailMessage message = mailer.message(Invoices.sample("Evil\r\nBcc: all@example.com"));

        assertThat(message.text()).startsWith("Hello Evil  Bcc: all@example.com,\n");
        assertThat(message.html()).doesNotContain("\r");
    }

    @Test
    void draftAndVoidInvoicesAreNotSent() {
        for (InvoiceDocument.Status status : List.of(InvoiceDocument.Status.DRAFT, InvoiceDocument.Status.VOID)) {
            assertThatThrownBy(() -> mailer.send(ACME, withStatus(status)))
                    .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                            .isEqualTo(CoreErrorCode.INVOICE_STATE_CONFLICT));
        }
        assertThat(sent).isEmpty();
        mailer.send(ACME, withStatus(InvoiceDocument.Status.PAID));
        assertThat(sent).hasSize(1);
    }

    @Test
    void aMailFailureReachesTheCaller() {
        InvoiceMailer failing = new InvoiceMailer(
                (clientId, message) -> {
                    throw new VigintException(CoreErrorCode.MAIL_FAILED, "smtp refused");
                },
                new PdfInvoiceRenderer(),
                new HtmlInvoiceRenderer());

        assertThatThrownBy(() -> failing.send(ACME, Invoices.sample()))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.MAIL_FAILED));
    }

    private static InvoiceDocument withStatus(InvoiceDocument.Status status) {
        InvoiceDocument s = Invoices.sample();
        return new InvoiceDocument(
                s.number(),
                s.issueDate(),
                status,
                s.seller(),
                s.clientName(),
                s.clientEmail(),
                s.period(),
                s.currency(),
                s.lines(),
                s.subtotal(),
                s.vatRate(),
                s.vatAmount(),
                s.total(),
                s.paymentMethod());
    }
}
