package io.vigint.persistence;

import io.vigint.core.client.ClientId;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.persistence.access.AccessChangeMapper;
import io.vigint.persistence.access.AccessChangeRow;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access changes between every process that shares the database. {@link #accessChanged} appends a
 * row to {@code access_changes} inside the caller's transaction (the thread's {@link MyBatisStorage}
 * transaction), and on PostgreSQL also sends {@code NOTIFY vigint_access}, which PostgreSQL delivers
 * only if that transaction commits. The rows are what the feed delivers: a notification only wakes
 * the feed to read them at once, so a notification from another schema or a rolled-back change is
 * never delivered.
 *
 * <p>The feed runs one daemon thread named {@value #THREAD_NAME}, started by the first
 * {@link #subscribe}: on PostgreSQL it holds a connection of its own (not from the pool) that
 * LISTENs, reads the table when notified and every {@value #POSTGRES_POLL_MILLIS} ms as a safety net,
 * and reconnects with back-off when that connection fails; on H2, which cannot LISTEN, it reads the
 * table every {@value #H2_POLL_MILLIS} ms. After a failure that may have lost changes (a lost
 * connection, a failed read) it tells listeners {@code null} ("anything may have changed"). Rows older
 * than an hour are purged every few minutes. Ids committed out of order are caught: an id skipped by
 * one read is looked for again for {@value #GAP_WAIT_SECONDS} seconds.
 *
 * <p>Obtain it from {@link Database#accessChanges()}; it is closed with the database.
 */
public final class DatabaseAccessChanges implements AccessChangeNotifier, AccessChangeFeed, AutoCloseable {
    /** The PostgreSQL notification channel. */
    public static final String CHANNEL = "vigint_access";
    /** The name of the feed's thread. */
    public static final String THREAD_NAME = "vigint-access-changes";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAccessChanges.class);

    static final long H2_POLL_MILLIS = 200;
    static final long POSTGRES_POLL_MILLIS = 2_000;
    private static final int NOTIFICATION_WAIT_MILLIS = 250;
    private static final long FIRST_BACKOFF_MILLIS = 250;
    private static final long MAX_BACKOFF_MILLIS = 5_000;
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;
    private static final String CONNECT_TIMEOUT_SECONDS = "5";
    static final long GAP_WAIT_SECONDS = 30;
    /** More skipped ids than this at once are sequence jumps, not transactions still open; only the last are kept. */
    private static final int MAX_GAP_IDS = 64;

    private static final Duration RETENTION = Duration.ofHours(1);
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(5);
    private static final long JOIN_MILLIS = 5_000;

    private final MyBatisStorage storage;
    private final AccessChangeMapper changes;
    private final DatabaseSettings settings;
    private final boolean postgres;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    /** Held while reading and delivering rows, and while a subscription joins a running feed. */
    private final Object reading = new Object();

    /** Guarded by {@code this}. */
    private Thread thread;
    /** Guarded by {@code this}. */
    private boolean closed;

    // Owned by the feed thread once it runs (set before it starts).
    private Connection listenConnection;
    private volatile int listenProcessId;
    private long nextSafetyRead;
    private long backoffMillis = FIRST_BACKOFF_MILLIS;

    // Guarded by reading once the feed thread runs (set before it starts).
    /** The highest id read, or -1 when unknown. */
    private long cursor = -1;
    /** Ids skipped by a read (perhaps committed later), with the System.nanoTime() to stop looking. */
    private final Map<Long, Long> gapDeadlines = new LinkedHashMap<>();
    /** Set when changes may have gone unseen; the next successful read then tells listeners {@code null}. */
    private boolean missedChanges;

    DatabaseAccessChanges(MyBatisStorage storage, DatabaseSettings settings) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.changes = storage.mapper(AccessChangeMapper.class);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.postgres = !settings.isH2();
    }

    /**
     * Records the change in the caller's transaction (or in one of its own outside a transaction); it
     * reaches every feed once that transaction commits.
     */
    @Override
    public void accessChanged(ClientId clientId) {
        Objects.requireNonNull(clientId, "clientId");
        long client = clientId.value();
        storage.run(() -> {
            try {
                changes.insert(client, MyBatisStorage.toStored(Instant.now()));
                if (postgres) {
                    changes.sendNotification(CHANNEL, Long.toString(client));
                }
            } catch (RuntimeException e) {
                throw SqlFailures.translate(e);
            }
        });
    }

    /**
     * Calls {@code listener} with the client of every change committed from now on (a change may now
     * and then arrive twice, and {@code null} means "anything may have changed"). To tell "from now on"
     * apart, the feed first reads what is already committed and gives it to the earlier subscribers
     * only (on this thread); later deliveries come on the feed thread. Never fails for an unreachable
     * database: the feed catches up and says {@code null} once it can.
     *
     * @throws IllegalStateException if this feed is closed
     */
    @Override
    public AutoCloseable subscribe(Consumer<ClientId> listener) {
        Objects.requireNonNull(listener, "listener");
        Subscription subscription = new Subscription(listener);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the access change feed is closed");
            }
            if (thread == null) {
                start(subscription);
                return subscription;
            }
        }
        synchronized (reading) {
            readChanges();
            subscriptions.add(subscription);
        }
        return subscription;
    }

    /** Stops the feed thread (waiting briefly for it) and closes its connection. Idempotent. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = thread;
        }
        stop.countDown();
        subscriptions.clear();
        if (running != null) {
            try {
                running.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The PostgreSQL backend pid of the LISTEN connection, if one is open (for tests). */
    OptionalInt listenProcessId() {
        int pid = listenProcessId;
        return pid == 0 ? OptionalInt.empty() : OptionalInt.of(pid);
    }

    // ---- the feed thread

    /**
     * Listens (PostgreSQL) and sets the cursor before the first subscription is added and the thread
     * starts, so no later change is missed.
     */
    private void start(Subscription first) {
        if (postgres) {
            try {
                connectListener();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Cannot LISTEN for access changes on {} yet: {}", settings.safeUrl(), e.getMessage());
                missedChanges = true;
            }
        }
        try {
            cursor = changes.maxId();
        } catch (RuntimeException e) {
            LOG.warn("Cannot read access changes from {} yet: {}", settings.safeUrl(), e.getMessage());
            cursor = -1;
        }
        nextSafetyRead = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(POSTGRES_POLL_MILLIS);
        subscriptions.add(first);
        thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long nextPurge = System.nanoTime();
        try {
            while (running()) {
                boolean readNow = postgres ? awaitNotifications() : true;
                if (!running()) {
                    break;
                }
                if (readNow) {
                    readChanges();
                }
                if (System.nanoTime() - nextPurge >= 0) {
                    purge();
                    nextPurge = System.nanoTime() + PURGE_INTERVAL.toNanos();
                }
                if (!postgres) {
                    pause(H2_POLL_MILLIS);
                }
            }
        } finally {
            closeListener();
        }
    }

    /**
     * Waits briefly for notifications on the LISTEN connection (reconnecting first if it is lost);
     * true when the table should be read now: notified, the safety-net interval passed, or just
     * reconnected.
     */
    private boolean awaitNotifications() {
        if (listenConnection == null) {
            if (!pause(backoffMillis)) {
                return false;
            }
            try {
                connectListener();
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
        try {
            PGNotification[] notifications =
                    listenConnection.unwrap(PGConnection.class).getNotifications(NOTIFICATION_WAIT_MILLIS);
            boolean notified = notifications != null && notifications.length > 0;
            boolean safetyRead = System.nanoTime() - nextSafetyRead >= 0;
            if (safetyRead) {
                if (!listenConnection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                    throw new SQLException("the LISTEN connection is no longer valid");
                }
                nextSafetyRead = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(POSTGRES_POLL_MILLIS);
            }
            return notified || safetyRead;
        } catch (SQLException | RuntimeException e) {
            if (running()) {
                LOG.warn(
                        "Lost the LISTEN connection for access changes on {} ({}); reconnecting",
                        settings.safeUrl(),
                        e.getMessage());
            }
            closeListener();
            synchronized (reading) {
                missedChanges = true;
            }
            return false;
        }
    }

    private void connectListener() throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", THREAD_NAME);
        Connection connection = DriverManager.getConnection(settings.url(), properties);
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
            listenProcessId = connection.unwrap(PGConnection.class).getBackendPID();
            listenConnection = connection;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private void closeListener() {
        Connection connection = listenConnection;
        listenConnection = null;
        listenProcessId = 0;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the LISTEN connection failed: {}", e.getMessage());
            }
        }
    }

    /** Reads rows past the cursor (and skipped ids still expected) and hands them to the listeners. */
    private void readChanges() {
        synchronized (reading) {
            readChangesLocked();
        }
    }

    private void readChangesLocked() {
        List<AccessChangeRow> rows;
        try {
            if (cursor < 0) {
                cursor = changes.maxId();
                missedChanges = true;
                rows = List.of();
            } else {
                rows = changes.listAfter(cursor, new ArrayList<>(gapDeadlines.keySet()));
            }
        } catch (RuntimeException e) {
            if (!missedChanges && running()) {
                LOG.warn("Cannot read access changes from {}: {}", settings.safeUrl(), e.getMessage());
            }
            missedChanges = true;
            return;
        }
        if (missedChanges) {
            missedChanges = false;
            deliver(null);
        }
        long now = System.nanoTime();
        for (AccessChangeRow row : rows) {
            if (row.id() > cursor) {
                rememberSkippedIds(cursor + 1, row.id(), now);
                cursor = row.id();
            } else {
                gapDeadlines.remove(row.id());
            }
            deliver(row.clientId() == null ? null : new ClientId(row.clientId()));
        }
        gapDeadlines.values().removeIf(deadline -> now - deadline >= 0);
    }

    /** Ids in {@code [from, to)} are not committed yet (or never will be); look for them again for a while. */
    private void rememberSkippedIds(long from, long to, long now) {
        long deadline = now + TimeUnit.SECONDS.toNanos(GAP_WAIT_SECONDS);
        for (long id = Math.max(from, to - MAX_GAP_IDS); id < to; id++) {
            gapDeadlines.put(id, deadline);
        }
        Iterator<Long> oldest = gapDeadlines.keySet().iterator();
        while (gapDeadlines.size() > MAX_GAP_IDS && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private void purge() {
        try {
            int purged = changes.deleteChangedBefore(
                    MyBatisStorage.toStored(Instant.now().minus(RETENTION)));
            LOG.debug("Purged {} old access change(s)", purged);
        } catch (RuntimeException e) {
            LOG.debug("Cannot purge old access changes: {}", e.getMessage());
        }
    }

    private void deliver(ClientId clientId) {
        for (Subscription subscription : subscriptions) {
            try {
                subscription.listener.accept(clientId);
            } catch (RuntimeException e) {
                LOG.warn("An access change listener failed for client {}", clientId, e);
            }
        }
    }

    private boolean running() {
        return stop.getCount() > 0 && !Thread.currentThread().isInterrupted();
    }

    /** Waits up to {@code millis} unless closed; returns false once closed. */
    private boolean pause(long millis) {
        try {
            return !stop.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private final class Subscription implements AutoCloseable {
        private final Consumer<ClientId> listener;

        private Subscription(Consumer<ClientId> listener) {
            this.listener = listener;
        }

        @Override
        public void close() {
            subscriptions.remove(this);
        }
    }
}
