package io.vigint.core.port;

import io.vigint.core.client.ClientId;

/**
 * Told, inside the transaction that makes it, that a client's access changed (a key revoked, rotated or
 * deleted; the client revoked, changed or deleted). Adapters deliver the news to every process's
 * {@link AccessChangeFeed} once the transaction commits, so caches of verified credentials can drop
 * what they hold for that client.
 */
@FunctionalInterface
public interface AccessChangeNotifier {
    void accessChanged(ClientId clientId);

    /** Tells nobody: for a process that caches nothing. */
    static AccessChangeNotifier none() {
        return clientId -> {};
    }
}
