package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import io.vigint.core.accounting.AccountingExportService;
import io.vigint.core.util.PeriodicTask;
import io.vigint.http.HttpModule;
import io.vigint.qonto.QontoConfig;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code vigint serve} adds for the accounting export when it is on: a thread that makes the due
 * exports every {@code billing.qonto.poll_interval}, closed with the server. Several servers may run it:
 * the queue gives each export to one of them at a time.
 */
public final class AccountingExportWorkerModule extends AbstractModule {
    static final String WORKER = "accounting-export-worker";
    private static final Logger LOG = LoggerFactory.getLogger(AccountingExportWorkerModule.class);

    private final QontoConfig config;

    public AccountingExportWorkerModule(QontoConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        if (config.enabled()) {
            Multibinder.newSetBinder(binder(), AutoCloseable.class, Names.named(HttpModule.SERVER_RESOURCES))
                    .addBinding()
                    .to(Key.get(AutoCloseable.class, Names.named(WORKER)));
        }
    }

    @Provides
    @Singleton
    @Named(WORKER)
    AutoCloseable worker(AccountingExportService exports) {
        return PeriodicTask.start(
                "vigint-accounting-export",
                config.pollInterval(),
                exports::exportDue,
                e -> LOG.warn("Accounting export pass failed: {}", e.toString()));
    }
}
