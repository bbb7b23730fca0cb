package io.vigint.billing.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.billing.document.CsvInvoiceRenderer;
import io.vigint.billing.document.HtmlInvoiceRenderer;
import io.vigint.billing.document.InvoiceDocument;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.billing.document.Seller;
import io.vigint.billing.einvoice.UblInvoiceRenderer;
import io.vigint.billing.schedule.InvoiceFollowUpScheduler;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.BillingSettings;
import io.vigint.core.billing.CreditNote;
import io.vigint.core.billing.FollowUpReport;
import io.vigint.core.billing.FollowUpSettings;
import io.vigint.core.billing.InvoiceFollowUpService;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoicingService;
import io.vigint.core.billing.IssueCreditNoteCommand;
import io.vigint.core.billing.PaymentDetailsService;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.client.ClientId;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.ReversibleTestCipher;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.money.Money;
import io.vigint.core.schedule.InProcessJobLock;
import io.vigint.core.schedule.JobLock;
import io.vigint.memory.InMemoryBilling;
import io.vigint.memory.InMemoryStorage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A credit note as a document and an email, and the payment reminder, over the real renderers and an
 * in-memory store, with the mail port recording what it was given.
 */
class CreditNoteAndReminderMailTest {
    private final List<MailMessage> sent = new ArrayList<>();
    private MutableClock clock;
    private InMemoryBilling billing;
    private BillingCreditNoteDocuments creditNotes;
    private InvoiceFollowUpService followUp;
    private InvoiceNumber invoice;

    @BeforeEach
    void wire() {
        clock = new MutableClock(Instant.parse("2026-12-01T00:05:00Z"));
        InMemoryStorage storage = new InMemoryStorage();
        billing = new InMemoryBilling(storage);
        PaymentDetailsService payments =
                new PaymentDetailsService(storage, billing, new ReversibleTestCipher(), storage, clock);
        PdfInvoiceRenderer pdf = new PdfInvoiceRenderer();
        HtmlInvoiceRenderer html = new HtmlInvoiceRenderer();
        InvoiceMailer mailer = new InvoiceMailer((clientId, message) -> sent.add(message), pdf, html);
        BillingInvoiceDocuments documents = new BillingInvoiceDocuments(
                storage, payments, Seller.of("Vigint", "Main Street 1"), pdf, html, new CsvInvoiceRenderer(), mailer);
        InvoiceRenderers renderers =
                new InvoiceRenderers(pdf, html, new CsvInvoiceRenderer(), new UblInvoiceRenderer());
        creditNotes = new BillingCreditNoteDocuments(billing, documents, renderers, mailer);
        PaymentReminderMailer reminders =
                new PaymentReminderMailer((clientId, message) -> sent.add(message), documents, renderers);
        followUp = new InvoiceFollowUpService(
                billing, billing, storage, FollowUpSettings.DEFAULTS, creditNotes, reminders, clock);
        ClientId acme = storage.insert(Fixtures.newClient("Acme")).id();
        billing.recordUsage(
                acme,
                "/api/alert",
                new BigDecimal("10.00"),
                Currency.getInstance("EUR"),
                Instant.parse("2026-11-10T10:00:00Z"));
        invoice = new InvoicingService(billing, billing, storage, BillingSettings.DEFAULTS, clock)
                .runInvoices(new RunInvoicesCommand(Optional.of(BillingPeriod.parse("2026-11")), false))
                .get(0)
                .invoices()
                .get(0)
                .number()
                .orElseThrow();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aCreditNoteIsACreditNoteDocumentOfTheInvoiceItCorrectsAndIsEmailedWithItsPdf() throws Exception {
        CreditNote note = followUp.issueCreditNote(
                        new IssueCreditNoteCommand(invoice, Optional.of(new BigDecimal("4.00")), "outage goodwill"))
                .note();

        InvoiceDocument document = creditNotes.document(note);

        assertThat(document.kind()).isEqualTo(InvoiceDocument.Kind.CREDIT_NOTE);
        assertThat(document.number()).isEqualTo("VIGINT-CN-2026-0001");
        assertThat(document.correctedInvoice()).isEqualTo("VIGINT-2026-0001");
        assertThat(document.period().label()).isEqualTo("2026-11");
        assertThat(document.lines()).singleElement().satisfies(l -> {
            assertThat(l.endpoint()).isEqualTo("Credit on VIGINT-2026-0001: outage goodwill");
            assertThat(l.amount()).isEqualTo(Money.of("4.00", "EUR"));
        });
        assertThat(document.subtotal()).isEqualTo(Money.of("4.00", "EUR"));
        assertThat(document.vatAmount()).isEqualTo(Money.of("0.84", "EUR"));
        assertThat(document.total()).isEqualTo(Money.of("4.84", "EUR"));
        assertThat(document.amountDue()).isEqualTo(Money.of("4.84", "EUR"));
        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("acme@example.com");
            assertThat(mail.subject()).isEqualTo("Credit note VIGINT-CN-2026-0001 from Vigint (2026-11)");
            assertThat(mail.text()).contains("credit note VIGINT-CN-2026-0001", "It corrects invoice VIGINT-2026-0001");
            assertThat(mail.attachments()).singleElement().satisfies(a -> {
                assertThat(a.filename()).isEqualTo("VIGINT-CN-2026-0001.pdf");
                assertThat(pdfText(a.content())).contains("VIGINT-CN-2026-0001", "4.84");
            });
        });
        assertThat(new String(creditNotes.render(note, InvoiceFormat.CSV), StandardCharsets.UTF_8))
                .contains("VIGINT-CN-2026-0001");
    }

    @Test
    void anOverdueInvoiceGetsOneReminderWithTheAmountDueAndItsPdfThroughTheJobLock() throws Exception {
        JobLock lock = new InProcessJobLock();
        InvoiceFollowUpScheduler scheduler = new InvoiceFollowUpScheduler(followUp, lock);
        clock.advance(Duration.ofDays(38));

        Optional<FollowUpReport> skipped;
        try (JobLock.Held elsewhere =
                lock.tryLock(InvoiceFollowUpScheduler.LOCK).orElseThrow()) {
            skipped = scheduler.runOnce();
        }
        Optional<FollowUpReport> first = scheduler.runOnce();
        Optional<FollowUpReport> second = scheduler.runOnce();

        assertThat(skipped).isEmpty();
        assertThat(first).hasValueSatisfying(r -> {
            assertThat(r.markedOverdue()).containsExactly(invoice);
            assertThat(r.reminded()).containsExactly(new FollowUpReport.Reminder(invoice, 7));
        });
        assertThat(second).hasValueSatisfying(r -> assertThat(r.reminded()).isEmpty());
        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.subject())
                    .isEqualTo(
                            "Payment reminder: invoice VIGINT-2026-0001 from Vigint (12.10 EUR due since 2026-12-31)");
            assertThat(mail.text()).contains("was due on 2026-12-31 (7 days ago)", "Amount due: 12.10 EUR");
            assertThat(mail.attachments()).singleElement().satisfies(a -> {
                assertThat(a.filename()).isEqualTo("VIGINT-2026-0001.pdf");
                assertThat(pdfText(a.content())).contains("VIGINT-2026-0001");
            });
        });
    }
}
