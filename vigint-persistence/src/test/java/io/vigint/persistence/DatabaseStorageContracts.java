package io.vigint.persistence;

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

/**
 * Every port contract over one {@link Database}: the subclass opens the database for its class and
 * hands it over through {@link #database()}; each test starts from empty tables.
 */
abstract class DatabaseStorageContracts
        implements ClientStoreContract,
                ApiKeyStoreContract,
                TransactionRunnerContract,
                ClientAdministrationContract,
                CredentialLookupContract,
                ConcurrentWritesContract,
                LoginStoreContract,
                OperatorKeyStoreContract,
                ClientSettingsStoreContract,
                IdempotencyStoreContract,
                ClientDataContract,
                UsageStoreContract,
                AlertCooldownStoreContract,
                LegacyImportLedgerContract,
                LegacyImportContract,
                IngestUsageContract {
    private MutableClock clock;

    /** The database under test, open for the whole class. */
    abstract Database database();

    @BeforeEach
    void emptyStore() {
        StorageTables.deleteAll(database());
        clock = new MutableClock(Fixtures.T0);
    }

    @Override
    public CredentialLookup credentialLookup() {
        return database().stores().credentials();
    }

    @Override
    public ClientStore clientStore() {
        return database().stores().clients();
    }

    @Override
    public ApiKeyStore apiKeyStore() {
        return database().stores().apiKeys();
    }

    @Override
    public TransactionRunner transactions() {
        return database().stores().transactions();
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public LoginStore loginStore() {
        return database().stores().logins();
    }

    @Override
    public OperatorKeyStore operatorKeyStore() {
        return database().stores().operatorKeys();
    }

    @Override
    public ClientSettingsStore clientSettingsStore() {
        return database().stores().clientSettings();
    }

    @Override
    public ClientDataOwner clientDataOwner() {
        return StorageTables.clientDataOwner(database());
    }

    @Override
    public IdempotencyStore idempotencyStore() {
        return database().stores().idempotency();
    }

    @Override
    public UsageStore usageStore() {
        return database().stores().usage();
    }

    @Override
    public AlertCooldownStore cooldownStore() {
        return database().stores().alertCooldowns();
    }

    /** A client's cooldowns go with the client through the schema's cascade, as the core wires it. */
    @Override
    public ClientDataOwner cooldownOwner() {
        return StorageTables.clientDataOwner(database());
    }

    @Override
    public BillingProfileStore billingProfileStore() {
        return database().stores().billingProfiles();
    }

    @Override
    public PaymentDetailsStore paymentDetailsStore() {
        return database().stores().paymentDetails();
    }

    @Override
    public LegacyImportLedger legacyImportLedger() {
        return database().stores().legacyImports();
    }
}
