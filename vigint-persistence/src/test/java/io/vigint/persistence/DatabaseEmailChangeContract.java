package io.vigint.persistence;

import io.vigint.core.client.ClientStore;
import io.vigint.core.client.EmailChangeStore;
import io.vigint.core.contract.EmailChangeStoreContract;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link EmailChangeStoreContract} over one {@link Database}: the subclass opens the database for its
 * class; each test starts from empty tables. A change goes with its client through the schema's cascade.
 */
abstract class DatabaseEmailChangeContract implements EmailChangeStoreContract {
    abstract Database database();

    @BeforeEach
    void emptyStore() {
        StorageTables.deleteAll(database());
    }

    @Override
    public EmailChangeStore emailChangeStore() {
        return database().stores().emailChanges();
    }

    @Override
    public ClientDataOwner emailChangeOwner() {
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
