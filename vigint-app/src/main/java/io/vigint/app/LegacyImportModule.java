package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.vigint.core.billing.BillingProfileStore;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.billing.PaymentDetailsUseCase;
import io.vigint.core.client.ClientStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.legacy.ImportLegacyUseCase;
import io.vigint.core.legacy.LegacyImportLedger;
import io.vigint.core.legacy.LegacyImportPorts;
import io.vigint.core.legacy.LegacyImportService;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.usage.UsageStore;
import io.vigint.legacy.LegacyModule;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code vigint import-legacy}: the adapter that reads original databases ({@link LegacyModule}) and the
 * {@link ImportLegacyUseCase} over the bound stores. The import ledger, the usage store and the operator-key
 * store are bound by the database adapter; without them (in-memory wirings) the use case is refused when
 * asked for, and nothing else is affected.
 */
public final class LegacyImportModule extends AbstractModule {
    @Override
    protected void configure() {
        install(new LegacyModule());
        OptionalBinder.newOptionalBinder(binder(), LegacyImportLedger.class);
    }

    @Provides
    @Singleton
    ImportLegacyUseCase importLegacy(
            ClientStore clients,
            ApiKeyStore apiKeys,
            Optional<UsageStore> usage,
            PaymentDetailsStore paymentDetailsStore,
            PaymentDetailsUseCase paymentDetails,
            BillingProfileStore billingProfiles,
            Optional<OperatorKeyStore> operatorKeys,
            Optional<LegacyImportLedger> ledger,
            TransactionRunner transactions,
            Clock clock) {
        return new LegacyImportService(new LegacyImportPorts(
                clients,
                apiKeys,
                usage.orElseThrow(() -> missing("UsageStore")),
                paymentDetailsStore,
                paymentDetails,
                billingProfiles,
                operatorKeys.orElseThrow(() -> missing("OperatorKeyStore")),
                ledger.orElseThrow(() -> missing("LegacyImportLedger")),
                transactions,
                clock));
    }

    private static IllegalStateException missing(String port) {
        return new IllegalStateException("no " + port + " is bound (the database adapter binds one)");
    }
}
