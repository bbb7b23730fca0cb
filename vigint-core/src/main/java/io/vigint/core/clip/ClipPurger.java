package io.vigint.core.clip;

import io.vigint.core.util.Checks;
import io.vigint.core.util.PeriodicTask;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Runs {@link ClipService#purgeExpired()} now and then every {@code interval} on a daemon thread, until
 * closed. A failed purge is handed to {@code onFailure} and tried again at the next interval.
 */
public final class ClipPurger implements AutoCloseable {
    /** The default time between purges. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);

    private final PeriodicTask task;

    private ClipPurger(PeriodicTask task) {
        this.task = task;
    }

    /** Starts purging {@code clips} every {@code interval}, the first time at once. */
    public static ClipPurger start(ClipService clips, Duration interval, Consumer<RuntimeException> onFailure) {
        Checks.nonNull("clips onFailure", clips, onFailure);
        return new ClipPurger(PeriodicTask.start("vigint-clip-purge", interval, clips::purgeExpired, onFailure));
    }

    @Override
    public void close() {
        task.close();
    }
}
