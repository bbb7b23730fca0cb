package io.vigint.billing.schedule;

import io.vigint.core.contract.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A {@link TaskTimer} that tests drive: tasks run only in {@link #advanceTo}, on the calling thread,
 * in the order they are due, with the clock set to each one's time first.
 */
final class ManualTimer implements TaskTimer {
    private final MutableClock clock;
    private final List<Entry> entries = new ArrayList<>();
    private boolean closed;

    ManualTimer(MutableClock clock) {
        this.clock = clock;
    }

    private static final class Entry {
        final Instant runAt;
        final Runnable task;
        boolean cancelled;

        Entry(Instant runAt, Runnable task) {
            this.runAt = runAt;
            this.task = task;
        }
    }

    @Override
    public Scheduled schedule(Runnable task, Duration delay) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        Entry entry = new Entry(clock.instant().plus(delay), task);
        entries.add(entry);
        return () -> entry.cancelled = true;
    }

    /** Moves the clock to {@code target}, running every task due on the way. */
    void advanceTo(Instant target) {
        while (true) {
            Optional<Entry> next = entries.stream()
                    .filter(e -> !e.cancelled && !e.runAt.isAfter(target))
                    .min(Comparator.comparing(e -> e.runAt));
            if (next.isEmpty()) {
                break;
            }
            Entry entry = next.get();
            entries.remove(entry);
            if (entry.runAt.isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), entry.runAt));
            }
            entry.task.run();
        }
        if (target.isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), target));
        }
    }

    /** Runs the next task now, without moving the clock (a timer that fires early). */
    void fireNextEarly() {
        Entry entry = entries.stream()
                .filter(e -> !e.cancelled)
                .min(Comparator.comparing(e -> e.runAt))
                .orElseThrow();
        entries.remove(entry);
        entry.task.run();
    }

    /** Tasks scheduled and not cancelled. */
    long pendingCount() {
        return entries.stream().filter(e -> !e.cancelled).count();
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close(Duration grace) {
        closed = true;
        entries.forEach(e -> e.cancelled = true);
    }
}
