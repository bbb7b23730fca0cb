package io.vigint.persistence;

import io.vigint.core.alert.AlertCooldownStore;
import io.vigint.core.client.ClientStore;
import io.vigint.core.contract.AlertCooldownStoreContract;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link AlertCooldownStoreContract} over one {@link Database}: the subclass opens the database for its class;
 * each test starts from empty tables. A client's cooldowns go with the client through the schema's cascade,
 * so the owner is the storage itself, as the core wires it.
 */
abstract class DatabaseAlertCooldownContract implements AlertCooldownStoreContract {
    abstract Database database();

    @BeforeEach
    void emptyTables() {
        StorageTables.deleteAll(database());
    }

    @Override
    public AlertCooldownStore cooldownStore() {
        return database().stores().alertCooldowns();
    }

    @Override
    public ClientDataOwner cooldownOwner() {
        return StorageTables.clientDataOwner(database());
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
}
