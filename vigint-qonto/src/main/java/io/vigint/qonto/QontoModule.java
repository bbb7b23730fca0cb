package io.vigint.qonto;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.accounting.AccountingLedger;
import java.util.Objects;

/**
 * The Qonto adapter's Guice module: binds {@link AccountingLedger} to a {@link QontoLedger} with the given
 * settings. Installed only when {@code billing.qonto.enabled} is true.
 */
public final class QontoModule extends AbstractModule {
    private final QontoSettings settings;

    public QontoModule(QontoSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    protected void configure() {
        bind(QontoSettings.class).toInstance(settings);
    }

    @Provides
    @Singleton
    AccountingLedger qontoLedger() {
        return new QontoLedger(settings);
    }
}
