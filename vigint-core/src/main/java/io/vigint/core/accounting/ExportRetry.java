package io.vigint.core.accounting;

import io.vigint.core.util.Checks;
import java.time.Duration;
import java.util.Optional;

/**
 * How the export queue retries: at most {@code maxAttempts} attempts per invoice, waiting {@code
 * initialBackoff} after the first failure and doubling up to {@code maxBackoff} (a ledger's {@code
 * Retry-After} is honoured when it asks for longer); a claim is leased for {@code lease}, after which an
 * attempt whose worker died is due again; each pass claims at most {@code batch} invoices.
 */
public record ExportRetry(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration lease, int batch) {
    public static final int DEFAULT_MAX_ATTEMPTS = 10;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(30);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(10);
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    public static final int DEFAULT_BATCH = 20;

    /** The longest wait a ledger's {@code Retry-After} may impose. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(6);

    public ExportRetry {
        Checks.nonNull("initialBackoff maxBackoff lease", initialBackoff, maxBackoff, lease);
        if (maxAttempts < 1 || batch < 1) {
            throw new IllegalArgumentException("maxAttempts and batch must be at least 1");
        }
        if (initialBackoff.isNegative()
                || maxBackoff.compareTo(initialBackoff) < 0
                || lease.isNegative()
                || lease.isZero()) {
            throw new IllegalArgumentException("back-off from 0 up to a larger maximum, and a positive lease");
        }
    }

    /** The defaults. */
    public static ExportRetry defaults() {
        return new ExportRetry(
                DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_LEASE, DEFAULT_BATCH);
    }

    /**
     * The wait after failed attempt number {@code attempt} (1 for the first): {@code initialBackoff} doubled
     * {@code attempt - 1} times, at most {@code maxBackoff}, and at least {@code retryAfter} (capped at
     * {@link #MAX_RETRY_AFTER}) when the ledger gave one.
     */
    public Duration backoff(int attempt, Optional<Duration> retryAfter) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(maxBackoff) > 0) {
            wait = maxBackoff;
        }
        if (retryAfter.isPresent() && !retryAfter.get().isNegative()) {
            Duration asked = retryAfter.get().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter.get();
            if (asked.compareTo(wait) > 0) {
                wait = asked;
            }
        }
        return wait;
    }
}
