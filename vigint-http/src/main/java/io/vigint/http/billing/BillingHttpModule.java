package io.vigint.http.billing;

import com.google.inject.AbstractModule;
import io.vigint.http.HttpModule;

/**
 * Adds the billing resources to the HTTP server. Needs bindings for
 * {@link io.vigint.core.billing.InvoicingUseCase}, {@link io.vigint.core.billing.PaymentDetailsUseCase} and
 * {@link io.vigint.core.billing.BillingProfileUseCase}.
 */
public final class BillingHttpModule extends AbstractModule {
    @Override
    protected void configure() {
        HttpModule.addJerseyComponents(binder(), InvoiceResource.class, BillingProfileResource.class);
        HttpModule.addRecordResources(
                binder(),
                AdminInvoiceResource.class,
                AdminPaymentDetailsResource.class,
                AdminBillingProfileResource.class);
    }
}
