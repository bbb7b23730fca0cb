package io.vigint.core.client;

import java.util.Optional;

/**
 * A client changing its own email address: the new address is used only once a link sent to it has
 * been followed, so a client cannot make Vigint mail an address its owner did not agree to. Until then
 * alerts and invoices keep going to the confirmed address. (An operator's change is confirmed at once:
 * {@link UpdateClientUseCase}.)
 */
public interface EmailChangeUseCase {
    /**
     * Records {@code newEmail} as the client's pending address and mails a confirmation link to it. Asking
     * for the confirmed address again cancels a pending change and sends nothing.
     *
     * @return the pending change, or empty when nothing is pending any more
     * @throws io.vigint.core.error.VigintException {@code VALIDATION_FAILED} for an implausible address,
     *     {@code RATE_LIMITED} when a link was sent less than a minute ago, {@code MAIL_FAILED} when the
     *     link could not be sent (then nothing is pending)
     */
    Optional<PendingEmailChange> requestEmailChange(ClientId clientId, String newEmail);

    /**
     * Makes the pending address of the token's client its confirmed address; the token then stops
     * working.
     *
     * @throws io.vigint.core.error.VigintException {@code INVALID_CONFIRMATION_TOKEN} for an unknown,
     *     used or expired token; {@code DUPLICATE_CLIENT_EMAIL} if another client has the address by now
     */
    Client confirmEmailChange(String token);

    /** The client's pending change, if any (an expired one counts as none). */
    Optional<PendingEmailChange> pendingEmailChange(ClientId clientId);
}
