package io.vigint.persistence;

import io.vigint.core.client.ClientStore;
import io.vigint.core.contract.EmailConfigStoreContract;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.mail.EmailConfigStore;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link EmailConfigStoreContract} over one {@link Database}: the subclass opens the database for its
 * class; each test starts from empty tables. The client's data owner is the storage itself, as the core
 * wires it, so the configuration goes with the client through the schema's cascade.
 */
abstract class DatabaseEmailConfigContract implements EmailConfigStoreContract {
    abstract Database database();

    @BeforeEach
    void emptyStore() {
        StorageTables.deleteAll(database());
    }

    @Override
    public EmailConfigStore emailConfigStore() {
        return database().stores().emailConfigs();
    }

    @Override
    public ClientDataOwner emailConfigOwner() {
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
