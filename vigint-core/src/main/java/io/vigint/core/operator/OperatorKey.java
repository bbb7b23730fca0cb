package io.vigint.core.operator;

import io.vigint.core.key.KeyHash;
import io.vigint.core.util.Checks;
import java.time.Instant;

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
        Checks.nonNull("id name prefix hash createdAt", id, name, prefix, hash, createdAt);
    }
}
