package io.vigint.memory;

import io.vigint.core.alert.AlertCooldownStore;
import io.vigint.core.billing.BillingProfileStore;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientStore;
import io.vigint.core.contract.AlertCooldownStoreContract;
import io.vigint.core.contract.ApiKeyStoreContract;
import io.vigint.core.contract.ClientAdministrationContract;
import io.vigint.core.contract.ClientSettingsStoreContract;
import io.vigint.core.contract.ClientStoreContract;
import io.vigint.core.contract.CredentialLookupContract;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.IdempotencyStoreContract;
import io.vigint.core.contract.IngestUsageContract;
import io.vigint.core.contract.LegacyImportContract;
import io.vigint.core.contract.LegacyImportLedgerContract;
import io.vigint.core.contract.LoginStoreContract;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.OperatorKeyStoreContract;
import io.vigint.core.contract.TransactionRunnerContract;
import io.vigint.core.contract.UsageStoreContract;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.CredentialLookup;
import io.vigint.core.legacy.LegacyImportLedger;
import io.vigint.core.login.LoginStore;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.usage.UsageStore;
import org.junit.jupiter.api.BeforeEach;

class InMemoryStorageTest
        implements ClientStoreContract,
                ApiKeyStoreContract,
                TransactionRunnerContract,
                ClientAdministrationContract,
                CredentialLookupContract,
                LoginStoreContract,
                OperatorKeyStoreContract,
                ClientSettingsStoreContract,
                IdempotencyStoreContract,
                UsageStoreContract,
                AlertCooldownStoreContract,
                LegacyImportLedgerContract,
                LegacyImportContract,
                IngestUsageContract {
    private InMemoryStorage storage;
    private InMemoryUsageStore usage;
    private InMemoryAlertCooldownStore cooldowns;
    private InMemoryBilling billing;
    private MutableClock clock;

    @BeforeEach
    void freshStorage() {
        storage = new InMemoryStorage();
        usage = new InMemoryUsageStore(storage);
        cooldowns = new InMemoryAlertCooldownStore();
        billing = new InMemoryBilling(storage);
        clock = new MutableClock(Fixtures.T0);
    }

    @Override
    public BillingProfileStore billingProfileStore() {
        return billing;
    }

    @Override
    public PaymentDetailsStore paymentDetailsStore() {
        return billing;
    }

    @Override
    public LegacyImportLedger legacyImportLedger() {
        return storage.legacyImportLedger();
    }

    @Override
    public CredentialLookup credentialLookup() {
        return storage.credentials();
    }

    @Override
    public ClientStore clientStore() {
        return storage;
    }

    @Override
    public ApiKeyStore apiKeyStore() {
        return storage;
    }

    @Override
    public TransactionRunner transactions() {
        return storage;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public LoginStore loginStore() {
        return storage;
    }

    @Override
    public OperatorKeyStore operatorKeyStore() {
        return storage;
    }

    @Override
    public ClientSettingsStore clientSettingsStore() {
        return storage;
    }

    @Override
    public ClientDataOwner clientDataOwner() {
        return storage;
    }

    @Override
    public IdempotencyStore idempotencyStore() {
        return storage;
    }

    @Override
    public UsageStore usageStore() {
        return usage;
    }

    @Override
    public AlertCooldownStore cooldownStore() {
        return cooldowns;
    }

    @Override
    public ClientDataOwner cooldownOwner() {
        return cooldowns;
    }
}
