package io.vigint.mail;

import io.vigint.core.client.ClientId;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.MailMessage;
import java.util.Objects;

/** A {@link ClientMailer} that retries another with back-off (see {@link Retry}). */
public final class RetryingClientMailer implements ClientMailer {
    private final ClientMailer delegate;
    private final Retry retry;

    public RetryingClientMailer(ClientMailer delegate, Retry retry) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    @Override
    public void send(ClientId clientId, MailMessage message) {
        retry.run("mail for client " + clientId.value(), () -> delegate.send(clientId, message));
    }
}
