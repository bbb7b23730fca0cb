package io.vigint.persistence;

import io.vigint.core.client.ClientStore;
import io.vigint.core.contract.MailQueueContract;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.mail.MailQueue;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link MailQueueContract} over one {@link Database}: the subclass opens the database for its class; each
 * test starts from empty tables. A client's queued mail goes with the client through the schema's cascade,
 * so the owner is the storage itself, as the core wires it.
 */
abstract class DatabaseMailQueueContract implements MailQueueContract {
    abstract Database database();

    @BeforeEach
    void emptyQueue() {
        StorageTables.deleteAll(database());
    }

    @Override
    public MailQueue mailQueue() {
        return database().stores().mailQueue();
    }

    @Override
    public ClientDataOwner mailQueueOwner() {
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
