package io.vigint.core.client;

import io.vigint.core.key.KeyHash;
import io.vigint.core.util.Checks;
import java.time.Instant;

/**
 * A client's request to send its mail to a new address, waiting for the link sent there to be
 * followed. Only the SHA-256 hash of the link's token is kept.
 *
 * @param email the new address, not yet used for anything but the confirmation mail
 * @param tokenHash the hash of the confirmation token
 * @param requestedAt when the change was asked for
 * @param expiresAt when the link stops working
 */
public record PendingEmailChange(
        ClientId clientId, String email, KeyHash tokenHash, Instant requestedAt, Instant expiresAt) {
    public PendingEmailChange {
        Checks.nonNull(
                "clientId email tokenHash requestedAt expiresAt", clientId, email, tokenHash, requestedAt, expiresAt);
    }

    /** True once the link no longer confirms anything. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
