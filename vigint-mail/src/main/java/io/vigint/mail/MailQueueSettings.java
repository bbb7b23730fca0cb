package io.vigint.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link MailQueueDrainer} sends queued mail.
 *
 * @param workers senders working at once on this server (the pool's size), at least 1
 * @param perClient the most messages of one client being sent at once (so one client's dead provider
 *     cannot hold the pool), at least 1
 * @param attempts tries per message in all, at least 1; a failure that may pass is retried until they are
 *     used up, other failures fail the message at once
 * @param initialBackoff the wait after the first failure, doubled after each further one, at most {@link
 *     #MAX_BACKOFF}
 * @param lease how long a claimed message is left to its sender; when it ends unreported (the server died
 *     or hung) the message is due again. Longer than the slowest send
 */
public record MailQueueSettings(int workers, int perClient, int attempts, Duration initialBackoff, Duration lease) {
    /** The longest wait between two tries. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(1);

    public MailQueueSettings {
        if (workers < 1 || perClient < 1 || attempts < 1) {
            throw new IllegalArgumentException("workers, perClient and attempts must be at least 1");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(lease, "lease");
        if (initialBackoff.isNegative() || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("the back-off must not be negative and the lease must be positive");
        }
    }

    /** 4 workers, 2 per client, 8 tries from 30 s doubling (about an hour in all), 5-minute leases. */
    public static MailQueueSettings defaults() {
        return new MailQueueSettings(4, 2, 8, Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    /** The wait after failed attempt number {@code attempt} (1 for the first). */
    public Duration backoffAfter(int attempt) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempt && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
