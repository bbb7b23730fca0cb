package io.vigint.mail;

import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailSender;

/** A {@link MailSender} that retries another with back-off (see {@link Retry}). */
public final class RetryingMailSender extends Retrying<MailSender> implements MailSender {
    public RetryingMailSender(MailSender delegate, Retry retry) {
        super(delegate, retry);
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
