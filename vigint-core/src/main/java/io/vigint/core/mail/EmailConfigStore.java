package io.vigint.core.mail;

import io.vigint.core.client.ClientId;
import java.util.Optional;

/**
 * Stores each client's email configuration (at most one per client). Secrets arrive sealed and are
 * stored as given. Deleting a client deletes its configuration.
 */
public interface EmailConfigStore {
    /** The client's configuration, if it has one. */
    Optional<StoredEmailConfig> findEmailConfig(ClientId clientId);

    /** Stores a new configuration; false (and nothing changed) if the client already has one. */
    boolean insertEmailConfig(StoredEmailConfig config);

    /** Replaces the client's configuration (keeping its creation time); false if it has none. */
    boolean updateEmailConfig(StoredEmailConfig config);

    /** Deletes the client's configuration; false if it had none. */
    boolean deleteEmailConfig(ClientId clientId);
}
