package io.vigint.http.idempotency;

import io.vigint.core.idempotency.IdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes idempotency keys older than their retention, on a daemon thread, every {@code interval}
 * (first run right after {@link #start()}). Failures are logged and retried at the next run.
 */
public final class IdempotencyPurger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyPurger.class);

    private final IdempotencyStore store;
    private final Clock clock;
    private final Duration retention;
    private final Duration interval;
    private ScheduledExecutorService executor;

    /** Purges keys older than 24 h every hour. */
    public IdempotencyPurger(IdempotencyStore store, Clock clock) {
        this(store, clock, IdempotencyFilter.DEFAULT_RETENTION, Duration.ofHours(1));
    }

    public IdempotencyPurger(IdempotencyStore store, Clock clock, Duration retention, Duration interval) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
    }

    /** Starts purging; does nothing if already started. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vigint-idempotency-purger");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::purgeSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops purging, waiting up to 5 seconds for a running purge. */
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** Deletes the keys created before now minus the retention; returns how many. */
    public int purgeNow() {
        return store.purgeCreatedBefore(clock.instant().minus(retention));
    }

    private void purgeSafely() {
        try {
            int purged = purgeNow();
            if (purged > 0) {
                LOG.info("Purged {} expired idempotency keys", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge expired idempotency keys: {}", e.toString());
        }
    }
}
