package io.vigint.persistence.access;

import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.DirectConnections;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongPredicate;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL connection of its own (not from the pool) that {@code LISTEN}s on the access-change
 * channel, reconnecting with back-off, with a safety-net read signal every interval. Used by the feed
 * thread only (its process id is read by tests).
 */
final class PostgresListener {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresListener.class);
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;
    private static final int NOTIFICATION_WAIT_MILLIS = 250;
    private static final long FIRST_BACKOFF_MILLIS = 250;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final DatabaseSettings settings;
    private final String applicationName;
    private final long safetyReadNanos;
    private Connection connection;
    private volatile int processId;
    private long nextSafetyRead;
    private long backoffMillis = FIRST_BACKOFF_MILLIS;

    PostgresListener(DatabaseSettings settings, String applicationName, long safetyReadMillis) {
        this.settings = settings;
        this.applicationName = applicationName;
        this.safetyReadNanos = TimeUnit.MILLISECONDS.toNanos(safetyReadMillis);
    }

    /**
     * Waits briefly for notifications (reconnecting first, after a back-off {@code pause}, if the
     * connection is lost); true when the table should be read now: notified, the safety-net interval
     * passed, or just reconnected. Tells {@code lost} when the connection fails, since changes may then
     * have gone unseen.
     */
    boolean awaitReadSignal(LongPredicate pause, BooleanSupplier running, Runnable lost) {
        if (connection == null) {
            return pause.test(backoffMillis) && reconnect();
        }
        try {
            boolean notified = awaitNotification(NOTIFICATION_WAIT_MILLIS);
            boolean safetyRead = System.nanoTime() - nextSafetyRead >= 0;
            if (safetyRead) {
                validate();
                nextSafetyRead = System.nanoTime() + safetyReadNanos;
            }
            return notified || safetyRead;
        } catch (SQLException | RuntimeException e) {
            if (running.getAsBoolean()) {
                LOG.warn(
                        "Lost the LISTEN connection for access changes on {} ({}); reconnecting",
                        settings.safeUrl(),
                        e.getMessage());
            }
            close();
            lost.run();
            return false;
        }
    }

    private boolean reconnect() {
        try {
            connect();
            LOG.info("Listening for access changes again on {}", settings.safeUrl());
            backoffMillis = FIRST_BACKOFF_MILLIS;
            nextSafetyRead = System.nanoTime();
            return true;
        } catch (SQLException | RuntimeException e) {
            backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF_MILLIS);
            LOG.debug("Cannot LISTEN for access changes on {}: {}", settings.safeUrl(), e.getMessage());
            return false;
        }
    }

    /** The backend pid of the open connection, or 0. */
    int processId() {
        return processId;
    }

    /** Opens the connection and LISTENs; the first safety-net read is due one interval later. */
    void connect() throws SQLException {
        connection = DirectConnections.open(settings, applicationName, opened -> {
            try (Statement statement = opened.createStatement()) {
                statement.execute("LISTEN " + AccessChangeWriter.CHANNEL);
            }
            processId = opened.unwrap(PGConnection.class).getBackendPID();
        });
        nextSafetyRead = System.nanoTime() + safetyReadNanos;
    }

    private boolean awaitNotification(int millis) throws SQLException {
        PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(millis);
        return notifications != null && notifications.length > 0;
    }

    private void validate() throws SQLException {
        if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
            throw new SQLException("the LISTEN connection is no longer valid");
        }
    }

    void close() {
        Connection open = connection;
        connection = null;
        processId = 0;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                LOG.debug("Closing the LISTEN connection failed: {}", e.getMessage());
            }
        }
    }
}
