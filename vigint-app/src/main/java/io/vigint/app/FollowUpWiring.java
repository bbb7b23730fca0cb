package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.billing.FollowUpConfig;
import io.vigint.core.billing.CreditNoteDocuments;
import io.vigint.core.billing.FollowUpSettings;
import io.vigint.core.billing.InvoiceFollowUpService;
import io.vigint.core.billing.InvoiceFollowUpStore;
import io.vigint.core.billing.InvoiceFollowUpUseCase;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.PaymentReminders;
import io.vigint.core.port.TransactionRunner;
import java.time.Clock;
import java.util.Objects;

/**
 * The follow-up of issued invoices (payments, credit notes, overdue marking and reminders) over the
 * bound stores, with the settings from {@link FollowUpConfig}; credit notes and reminders are emailed
 * through the billing adapter's {@link CreditNoteDocuments} and {@link PaymentReminders} (bound by its
 * {@code InvoiceDocumentsModule}).
 */
public final class FollowUpWiring extends AbstractModule {
    private final FollowUpConfig config;

    public FollowUpWiring(FollowUpConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        bind(FollowUpConfig.class).toInstance(config);
    }

    @Provides
    FollowUpSettings followUpSettings() {
        return config.settings();
    }

    @Provides
    @Singleton
    InvoiceFollowUpUseCase followUp(
            InvoiceStore invoices,
            InvoiceFollowUpStore followUps,
            TransactionRunner transactions,
            FollowUpSettings settings,
            CreditNoteDocuments documents,
            PaymentReminders reminders,
            Clock clock) {
        return new InvoiceFollowUpService(invoices, followUps, transactions, settings, documents, reminders, clock);
    }
}
