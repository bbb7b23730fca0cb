package io.vigint.persistence;

import io.vigint.core.client.ClientStore;
import io.vigint.core.contract.ApiKeyStoreContract;
import io.vigint.core.contract.ClientAdministrationContract;
import io.vigint.core.contract.ClientStoreContract;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.TransactionRunnerContract;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.port.TransactionRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The core's port contracts over an embedded H2 file database (one per class, emptied before each test). */
class H2StorageIT
        implements ClientStoreContract,
                ApiKeyStoreContract,
                TransactionRunnerContract,
                ClientAdministrationContract,
                ConcurrentWritesContract {
    @TempDir
    static Path dataDir;

    private static Database database;
    private MutableClock clock;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(DatabaseSettings.embedded(dataDir));
    }

    @AfterAll
    static void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyStore() {
        StorageTables.deleteAll(database);
        clock = new MutableClock(Fixtures.T0);
    }

    @Override
    public ClientStore clientStore() {
        return database.storage();
    }

    @Override
    public ApiKeyStore apiKeyStore() {
        return database.storage();
    }

    @Override
    public TransactionRunner transactions() {
        return database.storage();
    }

    @Override
    public MutableClock clock() {
        return clock;
    }
}
