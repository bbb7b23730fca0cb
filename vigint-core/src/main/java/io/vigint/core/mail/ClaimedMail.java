package io.vigint.core.mail;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;

/**
 * A message claimed from a {@link MailQueue}.
 *
 * @param id the message's id in the queue
 * @param attempt which attempt this claim is (1 for the first); reports back name it
 * @param clientId the client the message is sent for
 * @param message the message
 */
public record ClaimedMail(long id, int attempt, ClientId clientId, MailMessage message) {
    public ClaimedMail {
        Checks.nonNull("clientId message", clientId, message);
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1");
        }
    }
}
