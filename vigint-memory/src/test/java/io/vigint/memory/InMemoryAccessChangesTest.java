package io.vigint.memory;

import io.vigint.core.client.ClientId;
import io.vigint.core.contract.AccessChangeContract;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.TransactionRunner;
import org.junit.jupiter.api.BeforeEach;

class InMemoryAccessChangesTest implements AccessChangeContract {
    private InMemoryStorage storage;
    private InMemoryAccessChanges changes;

    @BeforeEach
    void fresh() {
        storage = new InMemoryStorage();
        changes = new InMemoryAccessChanges();
    }

    @Override
    public AccessChangeNotifier notifier() {
        return changes;
    }

    @Override
    public AccessChangeFeed feed() {
        return changes;
    }

    @Override
    public TransactionRunner transactions() {
        return storage;
    }

    @Override
    public ClientId existingClient() {
        return storage.insert(Fixtures.newClient("Acme")).id();
    }
}
