package io.vigint.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The core's port contracts over an embedded H2 file database (one per class, emptied before each test). */
class H2StorageIT extends DatabaseStorageContracts {
    @TempDir
    static Path dataDir;

    private static Database database;

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
