package io.vigint.core.operator;

import io.vigint.core.key.KeyHash;
import io.vigint.core.util.Checks;
import java.time.Instant;

/**
 * A stored operator key: its hash and display prefix, never its plain text.
 *
 * @param lastUsedAt when it last authenticated a request (to the minute), or {@code null}
 * @param legacy true for the original Vigint's {@code SECRET_KEY} registered by {@code import-legacy}: any
 *     text, without the {@code vgo_} shape, which only such keys accept
 */
public record OperatorKey(
        OperatorKeyId id,
        String name,
        String prefix,
        KeyHash hash,
        boolean active,
        Instant createdAt,
        Instant lastUsedAt,
        boolean legacy) {
    public OperatorKey {
        Checks.nonNull("id name prefix hash createdAt", id, name, prefix, hash, createdAt);
    }
}
