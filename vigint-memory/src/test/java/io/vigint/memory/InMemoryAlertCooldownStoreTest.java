package io.vigint.memory;

import io.vigint.core.alert.AlertCooldownStore;
import io.vigint.core.client.ClientStore;
import io.vigint.core.contract.AlertCooldownStoreContract;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import org.junit.jupiter.api.BeforeEach;

class InMemoryAlertCooldownStoreTest implements AlertCooldownStoreContract {
    private InMemoryStorage storage;
    private InMemoryAlertCooldownStore cooldowns;

    @BeforeEach
    void freshStorage() {
        storage = new InMemoryStorage();
        cooldowns = new InMemoryAlertCooldownStore();
    }

    @Override
    public AlertCooldownStore cooldownStore() {
        return cooldowns;
    }

    @Override
    public ClientDataOwner cooldownOwner() {
        return cooldowns;
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
