package io.vigint.core.mail;

import io.vigint.core.client.ClientId;
import java.util.Objects;

/**
 * Sends email on behalf of a client: through the client's own provider when it has configured one,
 * else through the server's. Alerts and invoices are sent through this port.
 */
@FunctionalInterface
public interface ClientMailer {
    /**
     * Sends {@code message} for {@code clientId}.
     *
     * @throws io.vigint.core.error.VigintException {@code MAIL_FAILED} if sending failed
     */
    void send(ClientId clientId, MailMessage message);

    /** A mailer that ignores per-client configuration and sends everything through {@code sender}. */
    static ClientMailer using(MailSender sender) {
        Objects.requireNonNull(sender, "sender");
        return (clientId, message) -> sender.send(message);
    }
}
