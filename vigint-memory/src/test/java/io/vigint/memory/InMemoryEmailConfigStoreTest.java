package io.vigint.memory;

import io.vigint.core.client.ClientStore;
import io.vigint.core.contract.EmailConfigStoreContract;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.mail.EmailConfigStore;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import org.junit.jupiter.api.BeforeEach;

class InMemoryEmailConfigStoreTest implements EmailConfigStoreContract {
    private InMemoryStorage storage;
    private InMemoryEmailConfigStore configs;

    @BeforeEach
    void freshStorage() {
        storage = new InMemoryStorage();
        configs = new InMemoryEmailConfigStore();
    }

    @Override
    public EmailConfigStore emailConfigStore() {
        return configs;
    }

    @Override
    public ClientDataOwner emailConfigOwner() {
        return configs;
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
