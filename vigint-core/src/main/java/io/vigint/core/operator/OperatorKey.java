package io.vigint.core.operator;

import io.vigint.core.key.KeyHash;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored operator key: its hash and display prefix, never its plain text.
 *
 * @param lastUsedAt when it last authenticated a request (to the minute), or {@code null}
 */
public record OperatorKey(
        OperatorKeyId id,
        String name,
        String prefix,
        KeyHash hash,
        boolean active,
        Instant createdAt,
        Instant lastUsedAt) {
    public OperatorKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
