package io.vigint.http.ratelimit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * What a limit does when its bucket store fails (Redis or PostgreSQL away): the request is let through, and a
 * warning logged at most every 10 seconds, so an outage neither stops the service nor floods the log.
 */
final class LimiterOutage {
    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Logger log;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    LimiterOutage(Logger log) {
        this.log = log;
    }

    /** Logs that {@code e} let a request through, unless a warning was logged in the last 10 seconds. */
    void letThrough(RuntimeException e) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            log.warn("Rate limiting is unavailable, letting requests through: {}", e.toString());
        }
    }
}
