package io.vigint.core.client;

import io.vigint.core.key.KeyHash;
import java.util.Optional;

/**
 * Stores at most one {@link PendingEmailChange} per client; it is deleted with its client. Token hashes
 * are unique. Instants are kept to the microsecond.
 */
public interface EmailChangeStore {
    /** Stores {@code change}, replacing the client's pending change if there was one. */
    void putEmailChange(PendingEmailChange change);

    /** The client's pending change, if any. */
    Optional<PendingEmailChange> findEmailChange(ClientId clientId);

    /** The pending change whose token has this hash, if any. */
    Optional<PendingEmailChange> findEmailChangeByToken(KeyHash tokenHash);

    /** Deletes the client's pending change; returns false if there was none. */
    boolean deleteEmailChange(ClientId clientId);
}
