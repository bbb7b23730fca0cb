package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.vigint.core.accounting.AccountingExportQueue;
import io.vigint.core.accounting.AccountingExportService;
import io.vigint.core.accounting.AccountingExportUseCase;
import io.vigint.core.accounting.AccountingInvoiceSource;
import io.vigint.core.accounting.AccountingLedger;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.client.ClientStore;
import io.vigint.qonto.QontoConfig;
import io.vigint.qonto.QontoModule;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The accounting export, for every command: the {@link AccountingExportService} over the bound queue
 * (persistence), the invoices as the ledger receives them ({@link InvoiceAccountingSource}) and, when
 * {@code billing.qonto.enabled} is true, the Qonto adapter's {@link QontoModule} as the {@link
 * AccountingLedger}. Without it invoices can still be listed in the queue, but nothing is exported.
 */
public final class AccountingModule extends AbstractModule {
    private final QontoConfig config;

    public AccountingModule(QontoConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), AccountingLedger.class);
        config.settings().ifPresent(settings -> install(new QontoModule(settings)));
        bind(QontoConfig.class).toInstance(config);
        bind(AccountingExportUseCase.class).to(AccountingExportService.class);
    }

    @Provides
    @Singleton
    AccountingInvoiceSource accountingInvoices(InvoiceStore invoices, ClientStore clients) {
        return new InvoiceAccountingSource(invoices, clients);
    }

    @Provides
    @Singleton
    AccountingExportService accountingExports(
            AccountingExportQueue queue,
            AccountingInvoiceSource invoices,
            Optional<AccountingLedger> ledger,
            Clock clock) {
        return new AccountingExportService(queue, invoices, ledger, config.retry(), clock);
    }
}
