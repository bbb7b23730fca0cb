package io.vigint.billing.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.billing.document.CsvInvoiceRenderer;
import io.vigint.billing.document.HtmlInvoiceRenderer;
import io.vigint.billing.document.InvoiceDocument;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.billing.document.Seller;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.Iban;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.billing.InvoiceLine;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceParty;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoiceTerms;
import io.vigint.core.billing.PaymentDetailsService;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.billing.SetPaymentDetailsCommand;
import io.vigint.core.billing.TaxTreatment;
import io.vigint.core.client.ClientId;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.ReversibleTestCipher;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.money.Money;
import io.vigint.memory.InMemoryBilling;
import io.vigint.memory.InMemoryStorage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mapping from the billing domain's invoice to the document, and what is rendered and sent from it. */
class BillingInvoiceDocumentsTest {
    private static final Instant ISSUED = Instant.parse("2026-12-01T00:05:00Z");

    private final List<MailMessage> sent = new ArrayList<>();
    private InMemoryStorage storage;
    private PaymentDetailsService payments;
    private BillingInvoiceDocuments documents;
    private ClientId acme;

    @BeforeEach
    void wire() {
        storage = new InMemoryStorage();
        payments = new PaymentDetailsService(
                storage, new InMemoryBilling(storage), new ReversibleTestCipher(), storage, new MutableClock(ISSUED));
        InvoiceMailer mailer = new InvoiceMailer(
                (clientId, message) -> sent.add(message), new PdfInvoiceRenderer(), new HtmlInvoiceRenderer());
        documents = new BillingInvoiceDocuments(
                storage,
                payments,
                new Seller(
                        "Vigint",
                        List.of("Main Street 1", "1000 Brussels"),
                        "BE",
                        "",
                        "RPM Brussels",
                        "BE71096123456769",
                        "GKCCBEBB",
                        "billing@vigint.example",
                        ""),
                new PdfInvoiceRenderer(),
                new HtmlInvoiceRenderer(),
                new CsvInvoiceRenderer(),
                mailer);
        acme = storage.insert(Fixtures.newClient("Acme")).id();
    }

    private Invoice invoice(InvoiceStatus status) {
        Money eur = Money.of("0.15", "EUR");
        List<InvoiceLine> lines = List.of(
                new InvoiceLine(
                        "/api/video/analyze", 3, Optional.of(new BigDecimal("0.05")), eur, new BigDecimal("0.15")),
                new InvoiceLine(
                        "/api/video/buffer", 3, Optional.empty(), Money.of("1.00", "EUR"), new BigDecimal("1.000000")));
        Optional<InvoiceNumber> number =
                status == InvoiceStatus.DRAFT ? Optional.empty() : Optional.of(new InvoiceNumber(2026, 7));
        return new Invoice(
                number,
                acme,
                BillingPeriod.parse("2026-11"),
                lines,
                new BigDecimal("0.21"),
                Money.of("1.15", "EUR"),
                Money.of("0.24", "EUR"),
                Money.of("1.39", "EUR"),
                status,
                ISSUED,
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void theDocumentShowsTheClientThePeriodTheAmountsAndOnlyAMaskedIban() {
        payments.setPaymentDetails(new SetPaymentDetailsCommand(
                acme,
                PaymentMethod.DIRECT_DEBIT,
                BillingFrequency.MONTHLY,
                true,
                Optional.of(Iban.parse("NL91ABNA0417164300")),
                Optional.empty(),
                Optional.empty()));

        InvoiceDocument document = documents.document(invoice(InvoiceStatus.ISSUED));

        assertThat(document.number()).isEqualTo("VIGINT-2026-0007");
        assertThat(document.status()).isEqualTo(InvoiceDocument.Status.ISSUED);
        assertThat(document.issueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(document.clientName()).isEqualTo("Acme");
        assertThat(document.clientEmail()).isEqualTo("acme@example.com");
        assertThat(document.period())
                .isEqualTo(new InvoiceDocument.Period("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)));
        assertThat(document.lines())
                .containsExactly(
                        new InvoiceDocument.Line(
                                "/api/video/analyze", 3, Money.of("0.05", "EUR"), Money.of("0.15", "EUR")),
                        new InvoiceDocument.Line(
                                "/api/video/buffer", 3, Money.of("0.3333", "EUR"), Money.of("1.00", "EUR")));
        assertThat(document.subtotal()).isEqualTo(Money.of("1.15", "EUR"));
        assertThat(document.vatAmount()).isEqualTo(Money.of("0.24", "EUR"));
        assertThat(document.total()).isEqualTo(Money.of("1.39", "EUR"));
        assertThat(document.paymentMethod()).isEqualTo("Direct debit from NL91 **** **** **** 4300 (auto-pay)");
    }

    @Test
    void theDocumentShowsTheTermsTheInvoiceWasIssuedUnderNotTheCurrentSeller() {
        Invoice plain = invoice(InvoiceStatus.ISSUED);
        InvoiceTerms terms = new InvoiceTerms(
                TaxTreatment.REVERSE_CHARGE,
                true,
                new InvoiceParty("Acme France SAS", List.of("1 rue de Rivoli", "75001 Paris"), "FR", "FR40303265045"),
                new InvoiceParty("Vigint SRL", List.of("Rue de la Loi 16", "1000 Brussels"), "BE", "BE0403019261"),
                LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 31),
                30);
        Invoice issued = new Invoice(
                plain.number(),
                plain.clientId(),
                plain.period(),
                plain.lines(),
                BigDecimal.ZERO,
                Money.of("1.15", "EUR"),
                Money.of("0.00", "EUR"),
                Money.of("1.15", "EUR"),
                InvoiceStatus.ISSUED,
                ISSUED,
                Optional.empty(),
                Optional.empty(),
                terms);

        InvoiceDocument document = documents.document(issued);

        assertThat(document.buyer())
                .isEqualTo(new InvoiceDocument.Buyer(
                        "Acme France SAS", List.of("1 rue de Rivoli", "75001 Paris"), "FR", "FR40303265045"));
        assertThat(document.seller().name()).isEqualTo("Vigint SRL");
        assertThat(document.seller().vatId()).isEqualTo("BE0403019261");
        assertThat(document.seller().country()).isEqualTo("BE");
        assertThat(document.seller().addressLines()).containsExactly("Rue de la Loi 16", "1000 Brussels");
        assertThat(document.seller().iban()).isEqualTo("BE71096123456769");
        assertThat(document.supplyDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(document.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(document.paymentTerms()).isEqualTo("Payment within 30 days");
        assertThat(document.taxTreatment()).isEqualTo(TaxTreatment.REVERSE_CHARGE);
        assertThat(document.pricesIncludeVat()).isTrue();
        assertThat(document.vatRate()).isZero();
        assertThat(document.kind()).isEqualTo(InvoiceDocument.Kind.INVOICE);
        assertThat(document.amountPaid()).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void anInvoiceWithoutRecordedTermsShowsTheClientAndTheConfiguredSeller() {
        InvoiceDocument document = documents.document(invoice(InvoiceStatus.ISSUED));

        assertThat(document.buyer()).isEqualTo(InvoiceDocument.Buyer.named("Acme"));
        assertThat(document.seller().name()).isEqualTo("Vigint");
        assertThat(document.seller().iban()).isEqualTo("BE71096123456769");
        assertThat(document.supplyDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(document.dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(document.paymentTerms()).isEmpty();
        assertThat(document.taxTreatment()).isEqualTo(TaxTreatment.DOMESTIC);
        assertThat(document.pricesIncludeVat()).isFalse();
    }

    @Test
    void withoutPaymentDetailsThePaymentIsNotSet() {
        assertThat(documents.document(invoice(InvoiceStatus.ISSUED)).paymentMethod())
                .isEqualTo("Not set");
    }

    @Test
    void rendersEachFormatAndSendsThePdfToTheClient() {
        Invoice invoice = invoice(InvoiceStatus.ISSUED);

        assertThat(new String(documents.render(invoice, InvoiceFormat.PDF), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(new String(documents.render(invoice, InvoiceFormat.CSV), StandardCharsets.UTF_8))
                .contains("VIGINT-2026-0007", "/api/video/analyze", "1.39");
        assertThat(new String(documents.render(invoice, InvoiceFormat.HTML), StandardCharsets.UTF_8))
                .contains("VIGINT-2026-0007", "Acme");
        documents.send(invoice);

        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.to()).isEqualTo("acme@example.com");
            assertThat(message.subject()).contains("VIGINT-2026-0007");
            assertThat(message.attachments()).singleElement().satisfies(a -> assertThat(a.filename())
                    .isEqualTo("VIGINT-2026-0007.pdf"));
        });
    }

    @Test
    void aDraftIsNotSentAndAMissingClientIsNotFound() {
        assertThatThrownBy(() -> documents.send(invoice(InvoiceStatus.DRAFT)))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreErrorCode.INVOICE_STATE_CONFLICT));
        assertThat(sent).isEmpty();
        Invoice foreign = new Invoice(
                Optional.of(new InvoiceNumber(2026, 8)),
                new ClientId(999),
                BillingPeriod.parse("2026-11"),
                List.of(),
                new BigDecimal("0.21"),
                Money.of("0.00", "EUR"),
                Money.of("0.00", "EUR"),
                Money.of("0.00", "EUR"),
                InvoiceStatus.ISSUED,
                ISSUED,
                Optional.empty(),
                Optional.empty());
        assertThatThrownBy(() -> documents.render(foreign, InvoiceFormat.PDF))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CLIENT_NOT_FOUND));
    }
}
