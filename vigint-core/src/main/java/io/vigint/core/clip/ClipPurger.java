package io.vigint.core.clip;

import io.vigint.core.util.Checks;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs {@link ClipService#purgeExpired()} now and then every {@code interval} on a daemon thread, until
 * closed. A failed purge is handed to {@code onFailure} and tried again at the next interval.
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
        Checks.nonNull("clips onFailure", clips, onFailure);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vigint-clip-purge");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        clips.purgeExpired();
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
