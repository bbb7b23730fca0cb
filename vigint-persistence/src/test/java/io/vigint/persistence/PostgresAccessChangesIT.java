package io.vigint.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Access changes over PostgreSQL: LISTEN/NOTIFY on {@value DatabaseAccessChanges#CHANNEL}, with the
 * change table as the record and a safety net. Two handles on one fresh schema stand for two processes.
 */
class PostgresAccessChangesIT implements DatabaseAccessChangesContract {
    private static DatabaseSettings settings;
    private static Database database;
    private static Database second;

    @BeforeAll
    static void openDatabase() {
        settings = PostgresTestDatabase.createSchema();
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
        return Database.open(settings);
    }

    @Test
    void aCommittedChangeSendsANotifyWithTheClientIdAndARolledBackOneSendsNone() throws Exception {
        ClientId rolledBack = existingClient();
        ClientId committed = existingClient();
        try (Connection listener = DriverManager.getConnection(settings.url());
                Statement statement = listener.createStatement()) {
            statement.execute("LISTEN " + DatabaseAccessChanges.CHANNEL);

            assertThatThrownBy(() -> database.stores().transactions().run(() -> {
                        database.accessChanges().accessChanged(rolledBack);
                        throw new Rollback();
                    }))
                    .isInstanceOf(Rollback.class);
            database.stores().transactions().run(() -> database.accessChanges().accessChanged(committed));

            List<String> payloads = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (System.nanoTime() < deadline && payloads.isEmpty()) {
                PGNotification[] notifications =
                        listener.unwrap(PGConnection.class).getNotifications(100);
                for (PGNotification notification : notifications) {
                    payloads.add(notification.getParameter());
                }
            }
            assertThat(payloads).containsExactly(Long.toString(committed.value()));
        }
    }

    @Test
    void aLostListenConnectionIsReopenedAndReportedAsAnythingMayHaveChanged() throws Exception {
        ClientId client = existingClient();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        DatabaseAccessChanges changes = database.accessChanges();
        try (AutoCloseable subscription =
                changes.subscribe(id -> events.add(id == null ? "anything" : "client " + id.value()))) {
            int pid = changes.listenProcessId().orElseThrow();

            terminateBackend(pid);

            assertThat(events.poll(3, TimeUnit.SECONDS)).isEqualTo("anything");
            assertThat(changes.listenProcessId()).isPresent().isNotEqualTo(OptionalInt.of(pid));
            database.stores().transactions().run(() -> database.accessChanges().accessChanged(client));
            assertThat(events.poll(1, TimeUnit.SECONDS)).isEqualTo("client " + client.value());
        }
    }

    private static void terminateBackend(int pid) throws SQLException {
        try (Connection admin = DriverManager.getConnection(PostgresTestDatabase.url());
                PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            terminate.setInt(1, pid);
            try (ResultSet result = terminate.executeQuery()) {
                assertThat(result.next()).isTrue();
                assertThat(result.getBoolean(1)).isTrue();
            }
        }
    }
}
