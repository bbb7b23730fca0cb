package io.vigint.mail;

import io.vigint.core.error.VigintException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retry with exponential back-off for sending mail: up to {@code attempts} tries, waiting {@code
 * initialBackoff} after the first failure and twice as long after each further one. Only failures that
 * may pass are retried ({@code MAIL_FAILED} from a network error, HTTP 429 or 5xx); a refusal such as a
 * bad API key (401) or SMTP credentials the server refused fails at once.
 *
 * @param attempts tries in all, at least 1
 */
public record Retry(int attempts, Duration initialBackoff, Sleeper sleeper) {
    private static final Logger LOG = LoggerFactory.getLogger(Retry.class);

    /** Waits between tries; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        /** {@link Thread#sleep(long)} for the duration in milliseconds. */
        static Sleeper threadSleep() {
            return duration -> Thread.sleep(duration.toMillis());
        }
    }

    public Retry {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("the back-off must not be negative");
        }
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** No retry. */
    public static Retry none() {
        return new Retry(1, Duration.ZERO, Sleeper.threadSleep());
    }

    /** Runs {@code send} until it succeeds, fails for good, or the attempts are used up (the last failure is thrown). */
    void run(String what, Runnable send) {
        call(what, () -> {
            send.run();
            return null;
        });
    }

    <T> T call(String what, Supplier<T> send) {
        Duration backoff = initialBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return send.get();
            } catch (VigintException e) {
                if (attempt >= attempts || !MailFailures.retryable(e)) {
                    throw e;
                }
                LOG.warn(
                        "Sending {} failed (attempt {} of {}, {}); retrying in {}",
                        what,
                        attempt,
                        attempts,
                        e.details(),
                        backoff);
                try {
                    sleeper.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = backoff.multipliedBy(2);
            }
        }
    }
}
