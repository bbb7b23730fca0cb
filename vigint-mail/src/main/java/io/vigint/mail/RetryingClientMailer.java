package io.vigint.mail;

import io.vigint.core.client.ClientId;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.MailMessage;

/** A {@link ClientMailer} that retries another with back-off (see {@link Retry}). */
public final class RetryingClientMailer extends Retrying<ClientMailer> implements ClientMailer {
    public RetryingClientMailer(ClientMailer delegate, Retry retry) {
        super(delegate, retry);
    }

    @Override
    public void send(ClientId clientId, MailMessage message) {
        retry.run("mail for client " + clientId.value(), () -> delegate.send(clientId, message));
    }
}
