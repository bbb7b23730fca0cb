package io.vigint.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.contract.JobLockContract;
import io.vigint.core.schedule.JobLock;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Job locks on PostgreSQL: two database handles stand for two servers sharing the database; only one
 * of them holds a lock at a time, and a lock goes with the connection that holds it.
 */
class PostgresJobLockIT implements JobLockContract {
    private static DatabaseSettings settings;
    private static DatabaseSettings otherSchema;
    private static Database database;
    private static Database second;

    @BeforeAll
    static void openDatabase() {
        settings = PostgresTestDatabase.createSchema();
        otherSchema = PostgresTestDatabase.createSchema();
        database = Database.open(settings);
        second = Database.open(settings);
    }

    @AfterAll
    static void closeDatabase() {
        if (second != null) {
            second.close();
        }
        if (database != null) {
            database.close();
        }
        PostgresTestDatabase.dropSchema(settings);
        PostgresTestDatabase.dropSchema(otherSchema);
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
    void aHeldLockIsAnAdvisoryLockOfItsOwnConnectionAndClosingReleasesIt() throws SQLException {
        String name = "held-" + UUID.randomUUID();
        long key = DatabaseJobLock.key(PostgresTestDatabase.schemaOf(settings), name);

        try (JobLock.Held held = jobLock().tryLock(name).orElseThrow()) {
            List<Integer> holders = advisoryLockHolders(key);
            assertThat(holders).hasSize(1);
            assertThat(applicationName(holders.get(0))).isEqualTo("vigint-job-lock");
        }
        assertThat(advisoryLockHolders(key)).isEmpty();
    }

    @Test
    void whenTheHoldersConnectionDiesTheLockIsFreeAndClosingTheDeadHandleDoesNotThrow() throws SQLException {
        String name = "dies-" + UUID.randomUUID();
        long key = DatabaseJobLock.key(PostgresTestDatabase.schemaOf(settings), name);
        JobLock.Held held = jobLock().tryLock(name).orElseThrow();

        terminate(advisoryLockHolders(key).get(0));

        try (JobLock.Held taken = otherHolder().tryLock(name).orElseThrow()) {
            held.close();
            assertThat(advisoryLockHolders(key)).hasSize(1);
        }
    }

    @Test
    void deploymentsInDifferentSchemasDoNotBlockEachOther() {
        String name = "invoice-run-weekly";
        try (Database elsewhere = Database.open(otherSchema);
                JobLock.Held here = jobLock().tryLock(name).orElseThrow()) {
            try (JobLock.Held there = elsewhere.jobLock().tryLock(name).orElseThrow()) {
                assertThat(there.name()).isEqualTo(here.name());
            }
        }
    }

    private static List<Integer> advisoryLockHolders(long key) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url());
                PreparedStatement statement = connection.prepareStatement("SELECT pid FROM pg_locks"
                        + " WHERE locktype = 'advisory' AND objsubid = 1 AND granted"
                        + " AND ((classid::bigint << 32) | objid::bigint) = ?")) {
            statement.setLong(1, key);
            List<Integer> pids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    pids.add(rows.getInt(1));
                }
            }
            return pids;
        }
    }

    private static String applicationName(int pid) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url());
                PreparedStatement statement =
                        connection.prepareStatement("SELECT application_name FROM pg_stat_activity WHERE pid = ?")) {
            statement.setInt(1, pid);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Ends the backend {@code pid} and waits (at most 10 s) until it is gone, its locks with it. */
    private static void terminate(int pid) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url());
                PreparedStatement kill = connection.prepareStatement("SELECT pg_terminate_backend(?)");
                PreparedStatement alive =
                        connection.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ?")) {
            kill.setInt(1, pid);
            try (ResultSet rows = kill.executeQuery()) {
                assertThat(rows.next() && rows.getBoolean(1)).isTrue();
            }
            alive.setInt(1, pid);
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = alive.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
            throw new AssertionError("backend " + pid + " did not end");
        }
    }
}
