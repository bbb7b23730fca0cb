package io.vigint.core.util;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a task at once and then every {@code interval} on a daemon thread of its own, until closed: how
 * expired clips and alert cooldowns are purged. A failed run is handed to {@code onFailure} and the task
 * is tried again at the next interval.
 */
public final class PeriodicTask implements AutoCloseable {
    private final ScheduledExecutorService executor;

    private PeriodicTask(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts running {@code task} every {@code interval} (positive) on a thread named {@code threadName}. */
    public static PeriodicTask start(
            String threadName, Duration interval, Runnable task, Consumer<RuntimeException> onFailure) {
        Checks.nonNull("threadName interval task onFailure", threadName, interval, task, onFailure);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        onFailure.accept(e);
                    }
                },
                0,
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new PeriodicTask(executor);
    }

    /** Stops: no run starts after this returns (a run under way is interrupted). */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
