package io.vigint.billing.schedule;

import java.time.Duration;

/**
 * Runs tasks after a delay, one at a time, on a thread of its own: what the scheduler needs of a
 * {@link java.util.concurrent.ScheduledExecutorService}, small enough for tests to drive by hand.
 */
public interface TaskTimer extends AutoCloseable {
    /** Runs {@code task} once, {@code delay} from now; the handle cancels it if it has not started. */
    Scheduled schedule(Runnable task, Duration delay);

    /** Cancels what has not started and waits up to {@code grace} for a running task to finish. */
    void close(Duration grace);

    @Override
    default void close() {
        close(Duration.ofSeconds(30));
    }

    /** A task scheduled to run. */
    interface Scheduled {
        /** Cancels the task if it has not started yet. */
        void cancel();
    }
}
