package io.vigint.memory;

import io.vigint.core.client.ClientStore;
import io.vigint.core.contract.MailQueueContract;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.mail.MailQueue;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import org.junit.jupiter.api.BeforeEach;

class InMemoryMailQueueTest implements MailQueueContract {
    private InMemoryStorage storage;
    private InMemoryMailQueue queue;

    @BeforeEach
    void freshStorage() {
        storage = new InMemoryStorage();
        queue = new InMemoryMailQueue();
    }

    @Override
    public MailQueue mailQueue() {
        return queue;
    }

    @Override
    public ClientDataOwner mailQueueOwner() {
        return queue;
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
