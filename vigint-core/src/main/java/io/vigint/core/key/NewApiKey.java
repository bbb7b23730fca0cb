package io.vigint.core.key;

import io.vigint.core.client.ClientId;
import java.time.Instant;
import java.util.Objects;

/** An API key to be stored (active, never used); the {@link ApiKeyStore} assigns its id. */
public record NewApiKey(
        ClientId clientId, String name, String prefix, KeyHash hash, Instant createdAt, Instant expiresAt) {
    public NewApiKey {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
