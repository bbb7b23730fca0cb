package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.key.ApiKey;
import java.time.Instant;

/**
 * An API key without its secret. {@code status} is the effective status at the time of the response:
 * {@code active}, {@code suspended} (its client is revoked), {@code revoked} or {@code expired}.
 */
@JsonPropertyOrder({"id", "name", "prefix", "status", "created_at", "last_used_at", "expires_at"})
public record KeyView(
        long id, String name, String prefix, String status, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
    public static KeyView of(ApiKey key, Instant now) {
        return new KeyView(
                key.id().value(),
                key.name(),
                key.prefix(),
                key.effectiveStatusAt(now).label(),
                key.createdAt(),
                key.lastUsedAt(),
                key.expiresAt());
    }
}
