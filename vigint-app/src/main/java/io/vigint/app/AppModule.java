package io.vigint.app;

import com.google.inject.AbstractModule;
import io.vigint.app.config.Settings;
import io.vigint.billing.InvoiceDocumentsModule;
import io.vigint.mail.MailModule;
import io.vigint.persistence.PersistenceModule;
import io.vigint.security.SecurityModule;
import java.util.Objects;

/**
 * What every command needs, configured from the {@link Settings}; it only installs: storage
 * ({@link PersistenceModule}), the core over it ({@link CoreModule}), credentials ({@link SecurityModule}),
 * mail ({@link MailModule}, its settings read when first needed), clips ({@link ClipModule}) and billing
 * ({@link BillingWiring}, and the billing adapter's {@link InvoiceDocumentsModule}), the accounting export
 * ({@link AccountingModule}: Qonto when {@code billing.qonto.enabled}) and the import from an
 * original deployment ({@link LegacyImportModule}).
 */
public final class AppModule extends AbstractModule {
    private final Settings settings;

    public AppModule(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    protected void configure() {
        install(new PersistenceModule(settings.database()));
        install(new CoreModule());
        install(new SecurityModule(settings.dataDir(), settings.environment()));
        install(new MailModule(() -> settings.mail().toSettings(settings.dataDir())));
        install(new ClipModule(settings.dataDir(), settings.alerts().clipFormat()));
        install(new BillingWiring(settings.billing(), settings.seller()));
        install(new AccountingModule(settings.qonto()));
        install(new FollowUpWiring(settings.followUp()));
        install(new InvoiceDocumentsModule(settings.seller().seller(), settings.invoiceDocuments()));
        install(new LegacyImportModule());
    }
}
