package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import io.vigint.billing.schedule.InvoiceFollowUpScheduler;
import io.vigint.core.billing.InvoiceFollowUpUseCase;
import io.vigint.core.schedule.JobLock;
import io.vigint.http.HttpModule;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@code vigint serve} adds for unpaid invoices: the {@link InvoiceFollowUpScheduler} (overdue
 * marking and payment reminders) every {@code billing.reminders.check_every}, started with the server and
 * closed with it; nothing when the server's billing jobs are off ({@code billing.schedule.enabled=false}).
 */
public final class FollowUpScheduleModule extends AbstractModule {
    private static final String FOLLOW_UP = "invoice-follow-up";

    private final boolean enabled;
    private final Duration every;

    public FollowUpScheduleModule(boolean enabled, Duration every) {
        this.enabled = enabled;
        this.every = Objects.requireNonNull(every, "every");
    }

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), AutoCloseable.class, Names.named(HttpModule.SERVER_RESOURCES))
                .addBinding()
                .to(Key.get(AutoCloseable.class, Names.named(FOLLOW_UP)));
    }

    @Provides
    @Singleton
    @Named(FOLLOW_UP)
    AutoCloseable followUp(InvoiceFollowUpUseCase followUp, JobLock lock) {
        if (!enabled) {
            return () -> {};
        }
        return new InvoiceFollowUpScheduler(followUp, lock).start(every);
    }
}
