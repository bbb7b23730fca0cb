package io.vigint.core.alert;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.MailMessage;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link ClientMailer} that tries again when sending fails with {@code MAIL_FAILED}: up to {@code
 * attempts} times in all, waiting {@code firstDelay}, then twice as long before each further attempt
 * (exponential back-off). Other failures (a bad configuration, a programming error) are not retried. If
 * every attempt fails, the last failure is thrown.
 */
public final class RetryingClientMailer implements ClientMailer {
    /** The default number of attempts. */
    public static final int DEFAULT_ATTEMPTS = 3;
    /** The default wait before the second attempt (the third waits twice as long). */
    public static final Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(1);

    private final ClientMailer delegate;
    private final int attempts;
    private final Duration firstDelay;
    private final Sleeper sleeper;

    public RetryingClientMailer(ClientMailer delegate, int attempts, Duration firstDelay, Sleeper sleeper) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
        this.firstDelay = Objects.requireNonNull(firstDelay, "firstDelay");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** {@link #DEFAULT_ATTEMPTS} attempts, waiting 1 s and 2 s between them. */
    public static RetryingClientMailer withDefaults(ClientMailer delegate) {
        return new RetryingClientMailer(delegate, DEFAULT_ATTEMPTS, DEFAULT_FIRST_DELAY, Sleeper.system());
    }

    @Override
    public void send(ClientId clientId, MailMessage message) {
        Duration delay = firstDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                delegate.send(clientId, message);
                return;
            } catch (VigintException e) {
                if (e.code() != ErrorCode.MAIL_FAILED || attempt >= attempts) {
                    throw e;
                }
            }
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VigintException(ErrorCode.MAIL_FAILED, "Sending was interrupted", java.util.Map.of(), e);
            }
            delay = delay.multipliedBy(2);
        }
    }
}
