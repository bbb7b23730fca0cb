package io.vigint.persistence.access;

import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.client.ClientId;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.persistence.DatabaseSettings;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed half: one daemon thread named {@value #THREAD_NAME}, started by the first {@link #subscribe},
 * that reads {@code access_changes} and hands each row's client to the listeners. On PostgreSQL it
 * LISTENs on a connection of its own, reads the table when notified and every
 * {@value #POSTGRES_POLL_MILLIS} ms as a safety net, and reconnects with back-off when that connection
 * fails; on H2, which cannot LISTEN, it reads the table every {@value #H2_POLL_MILLIS} ms. After a
 * failure that may have lost changes (a lost connection, a failed read) it tells listeners {@code null}
 * ("anything may have changed"). Rows older than an hour (by the clock) are purged every few minutes. Ids
 * committed out of order are caught by {@link AccessChangeGaps}. Intervals are measured with
 * {@link System#nanoTime()}, which never jumps; instants come from the clock.
 */
public final class AccessChangeFeedLoop implements AccessChangeFeed, AutoCloseable {
    /** The name of the feed's thread. */
    public static final String THREAD_NAME = "vigint-access-changes";

    static final long H2_POLL_MILLIS = 200;
    static final long POSTGRES_POLL_MILLIS = 2_000;
    static final Duration GAP_WAIT = Duration.ofSeconds(30);
    /** More skipped ids than this at once are sequence jumps, not transactions still open. */
    static final int MAX_GAP_IDS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(AccessChangeFeedLoop.class);
    private static final Duration RETENTION = Duration.ofHours(1);
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(5);
    private static final long JOIN_MILLIS = 5_000;

    private final AccessChangeMapper changes;
    private final DatabaseSettings settings;
    private final Clock clock;
    private final PostgresListener listener;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    /** Held while reading and delivering rows, and while a subscription joins a running feed. */
    private final Object reading = new Object();

    /** Guarded by {@code this}. */
    private Thread thread;
    /** Guarded by {@code this}. */
    private boolean closed;

    // Guarded by reading once the feed thread runs (set before it starts).
    private final AccessChangeGaps gaps = new AccessChangeGaps(GAP_WAIT, MAX_GAP_IDS);
    /** Set when changes may have gone unseen; the next successful read then tells listeners {@code null}. */
    private boolean missedChanges;

    public AccessChangeFeedLoop(AccessChangeMapper changes, DatabaseSettings settings, Clock clock) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = settings.isH2() ? null : new PostgresListener(settings, THREAD_NAME, POSTGRES_POLL_MILLIS);
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
    public OptionalInt listenProcessId() {
        int pid = listener == null ? 0 : listener.processId();
        return pid == 0 ? OptionalInt.empty() : OptionalInt.of(pid);
    }

    /**
     * Listens (PostgreSQL) and sets the cursor before the first subscription is added and the thread
     * starts, so no later change is missed.
     */
    private void start(Subscription first) {
        if (listener != null) {
            try {
                listener.connect();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Cannot LISTEN for access changes on {} yet: {}", settings.safeUrl(), e.getMessage());
                missedChanges = true;
            }
        }
        try {
            gaps.position(changes.maxId());
        } catch (RuntimeException e) {
            LOG.warn("Cannot read access changes from {} yet: {}", settings.safeUrl(), e.getMessage());
            gaps.position(-1);
        }
        subscriptions.add(first);
        thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long nextPurge = System.nanoTime();
        try {
            while (running()) {
                boolean readNow =
                        listener == null || listener.awaitReadSignal(this::pause, this::running, this::missed);
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
                if (listener == null) {
                    pause(H2_POLL_MILLIS);
                }
            }
        } finally {
            if (listener != null) {
                listener.close();
            }
        }
    }

    /** Reads rows past the cursor (and skipped ids still expected) and hands them to the listeners. */
    private void readChanges() {
        synchronized (reading) {
            List<AccessChangeRow> rows;
            try {
                if (!gaps.positioned()) {
                    gaps.position(changes.maxId());
                    missedChanges = true;
                    rows = List.of();
                } else {
                    rows = changes.listAfter(gaps.cursor(), gaps.awaited());
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
            Instant now = clock.instant();
            for (AccessChangeRow row : rows) {
                gaps.read(row.id(), now);
                deliver(row.clientId() == null ? null : new ClientId(row.clientId()));
            }
            gaps.expire(now);
        }
    }

    private void missed() {
        synchronized (reading) {
            missedChanges = true;
        }
    }

    private void purge() {
        try {
            int purged = changes.deleteChangedBefore(stored(clock.instant().minus(RETENTION)));
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
