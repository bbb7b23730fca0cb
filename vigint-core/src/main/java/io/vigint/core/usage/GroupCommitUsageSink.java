package io.vigint.core.usage;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

// Over 300 lines: the queue, the writer threads, the one-by-one fallback and the group fsync are one protocol.
/**
 * A {@link UsageSink} that writes in batches (group commit): callers on many threads put their records (and
 * ingest counts) on a bounded queue and wait; a writer thread (one by default) takes whatever is queued (up to the batch size, waiting up to
 * the maximum wait for more once it has one), appends it to the {@link UsageStore} in one transaction, makes
 * it durable ({@link UsageStore#makeDurable()}: on a store that defers writing, the data is written and
 * fsynced), and only then releases every caller of the batch. While a batch commits, the next one gathers,
 * so the number of transactions per record falls as the load rises; and one {@code makeDurable} covers
 * every batch appended before it started, so writers that finish their batches while another syncs share
 * the next sync (group fsync). Ingest counts ({@link IngestUsage}) travel in the same batches: the counts of
 * one batch are summed per client, source and minute ({@link IngestUsage#merge}) and added to the store with
 * one upsert per key, in the batch's transaction, so 25 frames a second of one camera cost no more writes
 * than one call, and an answered ingest is as durable as an answered call.
 *
 * <p>Failures reach the callers: if a batch cannot be appended, its records are appended one by one, so a
 * record the store refuses (say, of a client deleted meanwhile) fails only its own caller; every caller whose
 * record could not be written gets {@code STORAGE_UNAVAILABLE}. If the appended records cannot be made
 * durable, every caller of the batch gets {@code STORAGE_UNAVAILABLE} and nothing is appended again (the
 * records are committed; appending them again would bill twice). A caller also gets it when the queue stays
 * full for longer than the enqueue timeout, or when its record is not durable within the durability timeout
 * (it may then still be written later).
 *
 * <p>{@link #close()} stops accepting records, writes every record already queued, and stops the writers.
 */
public final class GroupCommitUsageSink implements UsageSink, AutoCloseable {
    /** Batching and back-pressure settings. */
    public record Settings(
            int batchSize,
            Duration maxWait,
            int queueCapacity,
            Duration enqueueTimeout,
            Duration durableTimeout,
            int writers) {
        /**
         * Batches of up to 1,000, no extra wait, 10,000 queued, 5 s to enqueue, 30 s to be durable, 1 writer
         * thread: while it commits and syncs, the next batch gathers in the queue, so one commit and one sync
         * carry every caller that arrived meanwhile. With several writers the callers are split over smaller
         * batches and syncs: on H2, 32 callers gave 14 records per sync and 275–361 µs of CPU per record with
         * 4 writers, 30 records per sync and 121–195 µs with 1 (docs/benchmarks.md, issue 14).
         */
        public static final Settings DEFAULTS =
                new Settings(1_000, Duration.ZERO, 10_000, Duration.ofSeconds(5), Duration.ofSeconds(30), 1);

        public Settings {
            if (batchSize < 1 || queueCapacity < 1 || writers < 1) {
                throw new IllegalArgumentException("batchSize, queueCapacity and writers must be positive");
            }
            Checks.nonNull("maxWait enqueueTimeout durableTimeout", maxWait, enqueueTimeout, durableTimeout);
            if (maxWait.isNegative() || enqueueTimeout.isNegative() || durableTimeout.isNegative()) {
                throw new IllegalArgumentException("durations must not be negative");
            }
        }

        public Settings withBatchSize(int size) {
            return new Settings(size, maxWait, queueCapacity, enqueueTimeout, durableTimeout, writers);
        }

        public Settings withMaxWait(Duration wait) {
            return new Settings(batchSize, wait, queueCapacity, enqueueTimeout, durableTimeout, writers);
        }

        public Settings withQueueCapacity(int capacity) {
            return new Settings(batchSize, maxWait, capacity, enqueueTimeout, durableTimeout, writers);
        }

        public Settings withWriters(int count) {
            return new Settings(batchSize, maxWait, queueCapacity, enqueueTimeout, durableTimeout, count);
        }
    }

    /** One caller's record or ingest count (exactly one of the two), and the future that releases it. */
    private record Pending(UsageRecord record, IngestUsage ingest, CompletableFuture<Void> durable) {}

    private static final Pending STOP = new Pending(null, null, null);

    private final UsageStore store;
    private final Settings settings;
    private final BlockingQueue<Pending> queue;
    private final List<Thread> writers = new ArrayList<>();
    private final Object lifecycle = new Object();
    /** Guarded by {@link #lifecycle}. */
    private boolean closed;
    /** Appends that have returned, counted as they return. */
    private final AtomicLong appended = new AtomicLong();
    /** Held while {@link UsageStore#makeDurable()} runs. */
    private final Object syncing = new Object();
    /** Guarded by {@link #syncing}: every append counted up to this number is durable. */
    private long durableThrough;

    /** A sink over {@code store} with {@link Settings#DEFAULTS}; its writer threads start at once. */
    public GroupCommitUsageSink(UsageStore store) {
        this(store, Settings.DEFAULTS);
    }

    public GroupCommitUsageSink(UsageStore store, Settings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity() + settings.writers());
        for (int i = 0; i < settings.writers(); i++) {
            Thread writer = new Thread(this::writeUntilStopped, "vigint-usage-writer-" + (i + 1));
            writer.setDaemon(true);
            writers.add(writer);
            writer.start();
        }
    }

    @Override
    public void record(UsageRecord record) {
        Objects.requireNonNull(record, "record");
        await(new Pending(record, null, new CompletableFuture<>()));
    }

    @Override
    public void recordIngest(IngestUsage usage) {
        Objects.requireNonNull(usage, "usage");
        await(new Pending(null, usage, new CompletableFuture<>()));
    }

    private void await(Pending pending) {
        enqueue(pending);
        try {
            pending.durable().get(settings.durableTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof VigintException v
                    ? v
                    : unavailable("the usage record could not be written", e.getCause());
        } catch (TimeoutException e) {
            throw unavailable("the usage record was not written within " + settings.durableTimeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while waiting for the usage record to be written", e);
        }
    }

    private void enqueue(Pending pending) {
        synchronized (lifecycle) {
            if (closed) {
                throw unavailable("usage recording has stopped (the server is shutting down)", null);
            }
        }
        boolean queued;
        try {
            queued = queue.offer(pending, settings.enqueueTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while queueing the usage record", e);
        }
        if (!queued) {
            throw unavailable("the usage queue stayed full for " + settings.enqueueTimeout(), null);
        }
    }

    /** The number of records waiting to be written (for metrics and tests). */
    public int queued() {
        return queue.size();
    }

    /** Stops accepting records, writes every queued one, then stops the writer threads. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        boolean interrupted = false;
        for (int stops = 0; stops < writers.size(); ) {
            try {
                queue.put(STOP);
                stops++;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        for (Thread writer : writers) {
            while (writer.isAlive()) {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        // Records queued behind the stop markers by callers that raced close(): fail them, never leave them waiting.
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        for (Pending p : left) {
            if (p != STOP) {
                p.durable().completeExceptionally(unavailable("usage recording has stopped", null));
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeUntilStopped() {
        List<Pending> batch = new ArrayList<>(settings.batchSize());
        boolean stopping = false;
        while (!stopping) {
            batch.clear();
            try {
                stopping = take(batch);
            } catch (InterruptedException e) {
                // Not interrupted by this class; keep serving until close().
                continue;
            }
            if (!batch.isEmpty()) {
                try {
                    write(batch);
                } catch (Error e) {
                    batch.forEach(p -> p.durable().completeExceptionally(e));
                }
            }
        }
    }

    /** Fills {@code batch}; true when the stop marker was taken (everything before it is in the batch). */
    private boolean take(List<Pending> batch) throws InterruptedException {
        Pending first = queue.take();
        if (first == STOP) {
            return true;
        }
        batch.add(first);
        long deadline = System.nanoTime() + settings.maxWait().toNanos();
        while (batch.size() < settings.batchSize()) {
            Pending next = queue.poll();
            if (next == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || (next = queue.poll(left, TimeUnit.NANOSECONDS)) == null) {
                    return false;
                }
            }
            if (next == STOP) {
                return true;
            }
            batch.add(next);
        }
        return false;
    }

    private void write(List<Pending> batch) {
        boolean appended;
        try {
            append(batch);
            appended = true;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).durable().completeExceptionally(unavailable("the usage record could not be written", e));
                return;
            }
            appended = false;
        }
        if (appended) {
            acknowledgeWhenDurable(batch);
            return;
        }
        List<Pending> written = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            try {
                append(List.of(p));
                written.add(p);
            } catch (RuntimeException e) {
                p.durable().completeExceptionally(unavailable("the usage record could not be written", e));
            }
        }
        if (!written.isEmpty()) {
            acknowledgeWhenDurable(written);
        }
    }

    /** Appends the batch's records and its ingest counts, summed per key, in one transaction. */
    private void append(List<Pending> batch) {
        List<UsageRecord> records = new ArrayList<>(batch.size());
        List<IngestUsage> ingest = new ArrayList<>();
        for (Pending p : batch) {
            if (p.record() != null) {
                records.add(p.record());
            } else {
                ingest.add(p.ingest());
            }
        }
        store.append(records, ingest.isEmpty() ? List.of() : IngestUsage.merge(ingest));
    }

    /**
     * Releases the callers of appended records once they are durable; if they cannot be made durable, fails
     * them (without appending them again: they are committed).
     */
    private void acknowledgeWhenDurable(List<Pending> written) {
        try {
            makeDurable();
        } catch (RuntimeException e) {
            VigintException failure = unavailable("the usage record was written but could not be forced to disk", e);
            written.forEach(p -> p.durable().completeExceptionally(failure));
            return;
        }
        written.forEach(p -> p.durable().complete(null));
    }

    /**
     * Makes every append that has returned so far durable, sharing the work among writers: whoever holds
     * the lock syncs for all appends counted before its sync started, and a writer whose append is already
     * covered by a finished sync returns at once.
     */
    private void makeDurable() {
        long mine = appended.incrementAndGet();
        synchronized (syncing) {
            if (durableThrough >= mine) {
                return;
            }
            // Every append counted so far returned before this sync starts, so the sync covers it.
            long covered = appended.get();
            store.makeDurable();
            durableThrough = covered;
        }
    }

    private static VigintException unavailable(String message, Throwable cause) {
        return new VigintException(CoreErrorCode.STORAGE_UNAVAILABLE, message, Map.of(), cause);
    }
}
