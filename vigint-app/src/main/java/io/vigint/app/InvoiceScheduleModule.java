package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import io.vigint.billing.BillingModule;
import io.vigint.billing.schedule.InvoiceScheduler;
import io.vigint.billing.schedule.ScheduleConfig;
import io.vigint.core.schedule.ScheduledInvoiceRun;
import io.vigint.http.HttpModule;
import java.util.Objects;

/**
 * What {@code vigint serve} adds for the invoice batch: the {@link BillingModule} configured from the
 * {@link ScheduleConfig}, the scheduler among the resources the server closes when it stops, and the
 * {@link ScheduledInvoiceRun} the scheduler calls: {@link InvoiceBatchRun}, the invoice batch (with
 * delivery) for the scheduled period.
 */
public final class InvoiceScheduleModule extends AbstractModule {
    private final ScheduleConfig config;

    public InvoiceScheduleModule(ScheduleConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        install(new BillingModule(config.schedule()));
        bind(ScheduledInvoiceRun.class).to(InvoiceBatchRun.class);
        Multibinder.newSetBinder(binder(), AutoCloseable.class, Names.named(HttpModule.SERVER_RESOURCES))
                .addBinding()
                .to(InvoiceScheduler.class);
    }
}
