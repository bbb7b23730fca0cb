package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.billing.BillingConfig;
import io.vigint.billing.InvoiceDocumentsModule;
import io.vigint.billing.SellerConfig;
import io.vigint.billing.document.Seller;
import io.vigint.core.accounting.AccountingExportService;
import io.vigint.core.billing.BillingProfileService;
import io.vigint.core.billing.BillingProfileStore;
import io.vigint.core.billing.BillingProfileUseCase;
import io.vigint.core.billing.BillingSettings;
import io.vigint.core.billing.DeliveringInvoicingService;
import io.vigint.core.billing.InvoiceDocuments;
import io.vigint.core.billing.InvoiceFollowUpStore;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.InvoicingService;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.billing.PaymentDetailsService;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.billing.PaymentDetailsUseCase;
import io.vigint.core.client.ClientStore;
import io.vigint.core.port.SecretCipher;
import io.vigint.core.port.TransactionRunner;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The billing use cases over the bound stores ({@link PaymentDetailsStore}, {@link InvoiceStore} and
 * {@link BillingProfileStore}, bound by the persistence module) with the settings from {@link BillingConfig}
 * and the seller from {@link SellerConfig}, for every command and for {@code serve} alike.
 *
 * <p>Payment references are sealed with the AES-GCM {@link SecretCipher} the security module binds
 * (keyed from the server's master key). The invoicing use case is the batch wrapped in a {@link
 * DeliveringInvoicingService}: each invoice a run issues is emailed with its PDF through the billing
 * adapter's {@link InvoiceDocuments} (the {@link InvoiceDocumentsModule}, which {@link AppModule} installs
 * with the {@link Seller} from configuration); the numbers each run issued then join the accounting export
 * queue ({@link AccountingExportService#enqueueIssued}, which does nothing when the export is off).
 */
public final class BillingWiring extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(BillingWiring.class);

    private final BillingConfig config;
    private final SellerConfig seller;

    public BillingWiring(BillingConfig config, SellerConfig seller) {
        this.config = Objects.requireNonNull(config, "config");
        this.seller = Objects.requireNonNull(seller, "seller");
    }

    @Provides
    BillingSettings billingSettings() {
        return config.settings(seller);
    }

    @Provides
    @Singleton
    InvoicingUseCase invoicing(
            InvoiceStore store,
            BillingProfileStore profiles,
            InvoiceFollowUpStore followUps,
            TransactionRunner transactions,
            BillingSettings settings,
            Clock clock,
            InvoiceDocuments documents,
            AccountingExportService exports) {
        return new DeliveringInvoicingService(
                new InvoicingService(store, profiles, followUps, transactions, settings, clock), documents, numbers -> {
                    try {
                        exports.enqueueIssued(
                                numbers.stream().map(Object::toString).toList());
                    } catch (RuntimeException e) {
                        LOG.warn(
                                "Queueing {} issued invoice(s) for the accounting export failed ({}); "
                                        + "queue them with vigint invoices export --number",
                                numbers.size(),
                                e.toString());
                    }
                });
    }

    @Provides
    @Singleton
    BillingProfileUseCase billingProfiles(
            ClientStore clients,
            BillingProfileStore store,
            BillingSettings settings,
            TransactionRunner transactions,
            Clock clock) {
        return new BillingProfileService(clients, store, settings, transactions, clock);
    }

    @Provides
    @Singleton
    PaymentDetailsUseCase paymentDetails(
            ClientStore clients,
            PaymentDetailsStore store,
            SecretCipher cipher,
            TransactionRunner transactions,
            Clock clock) {
        return new PaymentDetailsService(clients, store, cipher, transactions, clock);
    }
}
