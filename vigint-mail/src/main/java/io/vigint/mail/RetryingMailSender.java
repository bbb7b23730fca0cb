package io.vigint.mail;

import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailSender;
import java.util.Objects;

/** A {@link MailSender} that retries another with back-off (see {@link Retry}). */
public final class RetryingMailSender implements MailSender {
    private final MailSender delegate;
    private final Retry retry;

    public RetryingMailSender(MailSender delegate, Retry retry) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    @Override
    public void send(MailMessage message) {
        retry.run("mail through " + delegate, () -> delegate.send(message));
    }

    @Override
    public String toString() {
        return "Retrying[" + delegate + "]";
    }
}
