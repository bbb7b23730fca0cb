package io.vigint.persistence;

import io.vigint.persistence.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The core's port contracts over PostgreSQL: one fresh schema for the class, migrated by Flyway,
 * emptied before each test and dropped afterwards.
 */
class PostgresStorageIT extends DatabaseStorageContracts {
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

    /** The email-configuration contract over the same database. */
    @Nested
    class EmailConfig extends DatabaseEmailConfigContract {
        @Override
        Database database() {
            return database;
        }
    }

    /** The mail-queue contract over the same database. */
    @Nested
    class QueuedMail extends DatabaseMailQueueContract {
        @Override
        Database database() {
            return database;
        }
    }

    /** The accounting-export-queue contract over the same database. */
    @Nested
    class AccountingExports extends DatabaseAccountingExportContract {
        @Override
        Database database() {
            return database;
        }
    }

    /** The pending-email-change contract over the same database. */
    @Nested
    class EmailChanges extends DatabaseEmailChangeContract {
        @Override
        Database database() {
            return database;
        }
    }

    /** The billing contracts over the same database. */
    @Nested
    class Billing extends BillingStorageContracts {
        @Override
        Database database() {
            return database;
        }
    }
}
