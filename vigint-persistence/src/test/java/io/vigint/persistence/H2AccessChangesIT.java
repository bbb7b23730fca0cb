package io.vigint.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Access changes over the embedded H2 database, which cannot LISTEN: the feed reads the change table
 * every 200 ms. The second handle shares the database file through AUTO_SERVER, as a CLI would.
 */
class H2AccessChangesIT implements DatabaseAccessChangesContract {
    @TempDir
    static Path dataDir;

    private static Database database;
    private static Database second;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(DatabaseSettings.embedded(dataDir));
        second = Database.open(DatabaseSettings.embedded(dataDir));
    }

    @AfterAll
    static void closeDatabase() {
        if (second != null) {
            second.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public Database secondHandle() {
        return second;
    }

    @Override
    public Database openHandle() {
        return Database.open(DatabaseSettings.embedded(dataDir));
    }
}
