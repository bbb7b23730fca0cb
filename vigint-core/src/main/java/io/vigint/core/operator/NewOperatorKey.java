package io.vigint.core.operator;

import io.vigint.core.key.KeyHash;
import java.time.Instant;
import java.util.Objects;

/** An operator key to be stored (active, never used); the store assigns its id. */
public record NewOperatorKey(String name, String prefix, KeyHash hash, Instant createdAt) {
    public NewOperatorKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
