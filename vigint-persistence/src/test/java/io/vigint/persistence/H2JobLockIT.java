package io.vigint.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.contract.JobLockContract;
import io.vigint.core.schedule.JobLock;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job locks on the embedded H2 database: kept in the process, shared by every handle on the same
 * database in this JVM (two handles stand for two users of one server's database).
 */
class H2JobLockIT implements JobLockContract {
    @TempDir
    static Path dataDir;

    @TempDir
    static Path otherDataDir;

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
    public JobLock jobLock() {
        return database.jobLock();
    }

    @Override
    public JobLock otherHolder() {
        return second.jobLock();
    }

    @Test
    void anotherDatabaseHasLocksOfItsOwn() {
        try (Database elsewhere = Database.open(DatabaseSettings.embedded(otherDataDir));
                JobLock.Held here = jobLock().tryLock("invoice-run-weekly").orElseThrow();
                JobLock.Held there =
                        elsewhere.jobLock().tryLock("invoice-run-weekly").orElseThrow()) {
            assertThat(there.name()).isEqualTo(here.name());
        }
    }
}
