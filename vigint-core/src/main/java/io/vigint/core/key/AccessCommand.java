package io.vigint.core.key;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;

/**
 * Input of {@link RevokeAccessUseCase} and {@link ReactivateAccessUseCase}: a client, and optionally
 * one of its keys. Without a key id the command is about the client's access as a whole.
 *
 * @param keyId one key of the client, or {@code null} for the whole client
 */
public record AccessCommand(ClientId clientId, ApiKeyId keyId) {
    public AccessCommand {
        Checks.required("client_id", clientId);
    }

    public static AccessCommand wholeClient(ClientId clientId) {
        return new AccessCommand(clientId, null);
    }

    public static AccessCommand oneKey(ClientId clientId, ApiKeyId keyId) {
        return new AccessCommand(clientId, Checks.required("key_id", keyId));
    }
}
