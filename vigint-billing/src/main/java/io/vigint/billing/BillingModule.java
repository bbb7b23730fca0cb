package io.vigint.billing;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.billing.schedule.ExecutorTaskTimer;
import io.vigint.billing.schedule.InvoiceSchedule;
import io.vigint.billing.schedule.InvoiceScheduler;
import io.vigint.billing.schedule.TaskTimer;
import java.util.Objects;

/**
 * The billing adapter's scheduling module (what {@code vigint serve} adds): the {@link InvoiceScheduler}
 * with its {@link InvoiceSchedule}. The documents and their delivery are {@link InvoiceDocumentsModule}.
 *
 * <p>The injector must also provide a {@link java.time.Clock}, a {@link
 * io.vigint.core.schedule.JobLock} (the database adapter binds one) and the {@link
 * io.vigint.core.schedule.ScheduledInvoiceRun} the scheduler calls. Whoever starts the scheduler closes
 * it (it owns a timer thread).
 */
public final class BillingModule extends AbstractModule {
    /** The name of the scheduler's timer thread. */
    public static final String TIMER_THREAD = "vigint-invoice-schedule";

    private final InvoiceSchedule schedule;

    public BillingModule(InvoiceSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    @Override
    protected void configure() {
        bind(InvoiceSchedule.class).toInstance(schedule);
        bind(InvoiceScheduler.class).in(Singleton.class);
    }

    @Provides
    TaskTimer taskTimer() {
        return new ExecutorTaskTimer(TIMER_THREAD);
    }
}
