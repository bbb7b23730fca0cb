package io.vigint.http.billing;

import com.google.inject.AbstractModule;
import io.vigint.http.HttpModule;

/**
 * Adds the billing resources to the HTTP server. Needs bindings for
 * {@link io.vigint.core.billing.InvoicingUseCase}, {@link io.vigint.core.billing.InvoiceFollowUpUseCase},
 * {@link io.vigint.core.billing.PaymentDetailsUseCase}, {@link io.vigint.core.billing.BillingProfileUseCase}
 * and the document ports ({@link io.vigint.core.billing.InvoiceDocuments}, {@link
 * io.vigint.core.billing.CreditNoteDocuments}).
 */
public final class BillingHttpModule extends AbstractModule {
    @Override
    protected void configure() {
        HttpModule.addJerseyComponents(
                binder(), InvoiceResource.class, CreditNoteResource.class, BillingProfileResource.class);
        HttpModule.addRecordResources(
                binder(),
                AdminInvoiceResource.class,
                AdminPaymentDetailsResource.class,
                AdminCreditNoteResource.class,
                AdminBillingProfileResource.class);
    }
}
