package io.vigint.persistence;

import io.vigint.persistence.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The billing contracts over PostgreSQL, in a fresh schema dropped afterwards. */
class PostgresBillingIT extends BillingStorageContracts {
    private static DatabaseSettings settings;
    private static Database database;

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

    @Override
    Database database() {
        return database;
    }
}
