package io.vigint.core.key;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.time.Instant;

/** An API key to be stored (active, never used); the {@link ApiKeyStore} assigns its id. */
public record NewApiKey(
        ClientId clientId, String name, String prefix, KeyHash hash, Instant createdAt, Instant expiresAt) {
    public NewApiKey {
        Checks.nonNull("clientId name prefix hash createdAt", clientId, name, prefix, hash, createdAt);
    }
}
