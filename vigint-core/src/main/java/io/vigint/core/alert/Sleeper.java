package io.vigint.core.alert;

import java.time.Duration;

/** Waits; tests pass one that records the waits and returns at once. */
@FunctionalInterface
public interface Sleeper {
    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep}. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
