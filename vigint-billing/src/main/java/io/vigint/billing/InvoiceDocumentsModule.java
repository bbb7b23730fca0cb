package io.vigint.billing;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.billing.delivery.BillingCreditNoteDocuments;
import io.vigint.billing.delivery.BillingInvoiceDocuments;
import io.vigint.billing.delivery.InvoiceRenderers;
import io.vigint.billing.delivery.PaymentReminderMailer;
import io.vigint.billing.document.CsvInvoiceRenderer;
import io.vigint.billing.document.HtmlInvoiceRenderer;
import io.vigint.billing.document.InvoiceRenderer;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.billing.document.Seller;
import io.vigint.billing.einvoice.FacturXInvoiceRenderer;
import io.vigint.billing.einvoice.UblInvoiceRenderer;
import io.vigint.core.billing.CreditNoteDocuments;
import io.vigint.core.billing.InvoiceDocuments;
import io.vigint.core.billing.PaymentReminders;
import java.util.Objects;

/**
 * Binds the core's {@link InvoiceDocuments} port to {@link BillingInvoiceDocuments}: the renderers
 * (HTML, CSV, PDF — Factur-X or plain, as {@link InvoiceDocumentConfig} says — and UBL), the {@link
 * Seller} they show and the {@link io.vigint.billing.delivery.InvoiceMailer} with the configured
 * attachments; credit notes ({@link CreditNoteDocuments}) and payment reminders ({@link PaymentReminders})
 * go the same way.
 *
 * <p>The injector must also provide the core's {@link io.vigint.core.client.ClientStore}, {@link
 * io.vigint.core.billing.PaymentDetailsUseCase} and {@link io.vigint.core.mail.ClientMailer}.
 */
public final class InvoiceDocumentsModule extends AbstractModule {
    private final Seller seller;
    private final InvoiceDocumentConfig config;

    /** With the default documents ({@link InvoiceDocumentConfig#DEFAULTS}: Factur-X, the PDF emailed). */
    public InvoiceDocumentsModule(Seller seller) {
        this(seller, InvoiceDocumentConfig.DEFAULTS);
    }

    public InvoiceDocumentsModule(Seller seller, InvoiceDocumentConfig config) {
        this.seller = Objects.requireNonNull(seller, "seller");
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        bind(Seller.class).toInstance(seller);
        bind(InvoiceDocumentConfig.class).toInstance(config);
        bind(HtmlInvoiceRenderer.class).in(Singleton.class);
        bind(CsvInvoiceRenderer.class).in(Singleton.class);
        bind(PdfInvoiceRenderer.class).in(Singleton.class);
        bind(InvoiceDocuments.class).to(BillingInvoiceDocuments.class).in(Singleton.class);
        bind(CreditNoteDocuments.class).to(BillingCreditNoteDocuments.class).in(Singleton.class);
        bind(PaymentReminders.class).to(PaymentReminderMailer.class).in(Singleton.class);
    }

    /** The renderers, the PDF one as configured ({@code billing.pdf_format}). */
    @Provides
    @Singleton
    InvoiceRenderers renderers(PdfInvoiceRenderer plain, HtmlInvoiceRenderer html, CsvInvoiceRenderer csv) {
        InvoiceRenderer pdf =
                config.pdfFormat() == InvoiceDocumentConfig.PdfFormat.FACTURX ? new FacturXInvoiceRenderer() : plain;
        return new InvoiceRenderers(pdf, html, csv, new UblInvoiceRenderer());
    }
}
