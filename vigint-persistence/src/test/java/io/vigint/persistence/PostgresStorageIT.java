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
import io.vigint.persistence.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The core's port contracts over PostgreSQL: one fresh schema for the class, migrated by Flyway,
 * emptied before each test and dropped afterwards.
 */
class PostgresStorageIT
        implements ClientStoreContract,
                ApiKeyStoreContract,
                TransactionRunnerContract,
                ClientAdministrationContract,
                ConcurrentWritesContract {
    private static DatabaseSettings settings;
    private static Database database;
    private MutableClock clock;

    @BeforeAll
    static void openDatabase() {
        settings = PostgresTestDatabase.createSchema();
        database = Database.open(settings);
    }

    @AfterAll
    static void closeDatabase() {
        if (database != null) {
            database.close();
        }
        PostgresTestDatabase.dropSchema(settings);
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
