package io.vigint.core.port;

import io.vigint.core.client.ClientId;

/**
 * Owns data that belongs to a client (keys, logins, settings, usage, buffers...) and deletes it when the
 * client is deleted, inside the deleting transaction.
 */
@FunctionalInterface
public interface ClientDataOwner {
    void deleteClientData(ClientId clientId);
}
