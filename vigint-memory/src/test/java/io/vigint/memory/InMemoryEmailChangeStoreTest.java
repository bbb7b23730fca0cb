package io.vigint.memory;

import io.vigint.core.client.ClientStore;
import io.vigint.core.client.EmailChangeStore;
import io.vigint.core.contract.EmailChangeStoreContract;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import org.junit.jupiter.api.BeforeEach;

class InMemoryEmailChangeStoreTest implements EmailChangeStoreContract {
    private InMemoryStorage storage;

    @BeforeEach
    void freshStorage() {
        storage = new InMemoryStorage();
    }

    @Override
    public EmailChangeStore emailChangeStore() {
        return storage;
    }

    @Override
    public ClientDataOwner emailChangeOwner() {
        return storage;
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
}
