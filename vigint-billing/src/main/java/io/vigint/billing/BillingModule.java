package io.vigint.billing;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.billing.document.CsvInvoiceRenderer;
import io.vigint.billing.document.HtmlInvoiceRenderer;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.billing.document.Seller;
import io.vigint.billing.schedule.ExecutorTaskTimer;
import io.vigint.billing.schedule.InvoiceSchedule;
import io.vigint.billing.schedule.InvoiceScheduler;
import io.vigint.billing.schedule.TaskTimer;
import java.util.Objects;

/**
 * The billing adapter's public Guice module: the invoice renderers (HTML, CSV, PDF), the {@link Seller}
 * they show, and the {@link InvoiceScheduler} with its {@link InvoiceSchedule}.
 *
 * <p>The injector must also provide a {@link java.time.Clock}, a {@link
 * io.vigint.core.schedule.JobLock} (the database adapter binds one) and the {@link
 * io.vigint.core.schedule.ScheduledInvoiceRun} the scheduler calls. {@link
 * io.vigint.billing.delivery.InvoiceMailer} is built on demand and needs a {@link
 * io.vigint.core.mail.ClientMailer}. Whoever starts the scheduler closes it (it owns a timer thread).
 */
public final class BillingModule extends AbstractModule {
    /** The name of the scheduler's timer thread. */
    public static final String TIMER_THREAD = "vigint-invoice-schedule";

    private final InvoiceSchedule schedule;
    private final Seller seller;

    public BillingModule(InvoiceSchedule schedule, Seller seller) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.seller = Objects.requireNonNull(seller, "seller");
    }

    @Override
    protected void configure() {
        bind(InvoiceSchedule.class).toInstance(schedule);
        bind(Seller.class).toInstance(seller);
        bind(HtmlInvoiceRenderer.class).in(Singleton.class);
        bind(CsvInvoiceRenderer.class).in(Singleton.class);
        bind(PdfInvoiceRenderer.class).in(Singleton.class);
        bind(InvoiceScheduler.class).in(Singleton.class);
    }

    @Provides
    TaskTimer taskTimer() {
        return new ExecutorTaskTimer(TIMER_THREAD);
    }
}
