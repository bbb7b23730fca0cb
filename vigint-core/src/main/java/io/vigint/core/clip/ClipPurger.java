package io.vigint.core.clip;

import io.vigint.core.util.Checks;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a purge ({@link ClipService#purgeExpired()}, or any other) now and then every {@code interval} on a
 * daemon thread, until closed. A failed purge is handed to {@code onFailure} and tried again at the next
 * interval.
 */
public final class ClipPurger implements AutoCloseable {
    /** The default time between purges. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);

    private final ScheduledExecutorService executor;

    private ClipPurger(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts purging {@code clips} every {@code interval}, the first time at once. */
    public static ClipPurger start(ClipService clips, Duration interval, Consumer<RuntimeException> onFailure) {
        Checks.nonNull("clips", clips);
        return start("vigint-clip-purge", clips::purgeExpired, interval, onFailure);
    }

    /**
     * Runs {@code purge} now and then every {@code interval} on a daemon thread named {@code threadName}; a
     * failure is handed to {@code onFailure} and the purge tried again at the next interval.
     */
    public static ClipPurger start(
            String threadName, Runnable purge, Duration interval, Consumer<RuntimeException> onFailure) {
        Checks.nonNull("threadName purge interval onFailure", threadName, purge, interval, onFailure);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        purge.run();
                    } catch (RuntimeException e) {
                        onFailure.accept(e);
                    }
                },
                0,
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new ClipPurger(executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
