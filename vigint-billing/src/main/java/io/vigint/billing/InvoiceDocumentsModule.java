package io.vigint.billing;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.vigint.billing.delivery.BillingCreditNoteDocuments;
import io.vigint.billing.delivery.BillingInvoiceDocuments;
import io.vigint.billing.delivery.PaymentReminderMailer;
import io.vigint.billing.document.CsvInvoiceRenderer;
import io.vigint.billing.document.HtmlInvoiceRenderer;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.billing.document.Seller;
import io.vigint.core.billing.CreditNoteDocuments;
import io.vigint.core.billing.InvoiceDocuments;
import io.vigint.core.billing.PaymentReminders;
import java.util.Objects;

/**
 * Binds the core's {@link InvoiceDocuments} port to {@link BillingInvoiceDocuments}: the renderers
 * (HTML, CSV, PDF), the {@link Seller} they show and the {@link io.vigint.billing.delivery.InvoiceMailer};
 * credit notes ({@link CreditNoteDocuments}) and payment reminders ({@link PaymentReminders}) go the same
 * way.
 *
 * <p>The injector must also provide the core's {@link io.vigint.core.client.ClientStore}, {@link
 * io.vigint.core.billing.PaymentDetailsUseCase} and {@link io.vigint.core.mail.ClientMailer}.
 */
public final class InvoiceDocumentsModule extends AbstractModule {
    private final Seller seller;

    public InvoiceDocumentsModule(Seller seller) {
        this.seller = Objects.requireNonNull(seller, "seller");
    }

    @Override
    protected void configure() {
        bind(Seller.class).toInstance(seller);
        bind(HtmlInvoiceRenderer.class).in(Singleton.class);
        bind(CsvInvoiceRenderer.class).in(Singleton.class);
        bind(PdfInvoiceRenderer.class).in(Singleton.class);
        bind(InvoiceDocuments.class).to(BillingInvoiceDocuments.class).in(Singleton.class);
        bind(CreditNoteDocuments.class).to(BillingCreditNoteDocuments.class).in(Singleton.class);
        bind(PaymentReminders.class).to(PaymentReminderMailer.class).in(Singleton.class);
    }
}
