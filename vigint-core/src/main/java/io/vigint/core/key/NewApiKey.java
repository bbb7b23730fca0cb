package io.vigint.core.key;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.time.Instant;

/**
 * An API key to be stored (active, never used); the {@link ApiKeyStore} assigns its id.
 *
 * @param legacy true for a key imported from an original Vigint deployment ({@link ApiKey#legacy()})
 */
public record NewApiKey(
        ClientId clientId,
        String name,
        String prefix,
        KeyHash hash,
        Instant createdAt,
        Instant expiresAt,
        boolean legacy) {
    public NewApiKey {
        Checks.nonNull("clientId name prefix hash createdAt", clientId, name, prefix, hash, createdAt);
    }

    /** A key issued here ({@code vgt_…}), not imported. */
    public static NewApiKey issued(
            ClientId clientId, String name, String prefix, KeyHash hash, Instant createdAt, Instant expiresAt) {
        return new NewApiKey(clientId, name, prefix, hash, createdAt, expiresAt, false);
    }
}
