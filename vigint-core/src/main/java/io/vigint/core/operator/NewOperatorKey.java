package io.vigint.core.operator;

import io.vigint.core.key.KeyHash;
import io.vigint.core.util.Checks;
import java.time.Instant;

/**
 * An operator key to be stored (active, never used); the store assigns its id.
 *
 * @param legacy true for the original Vigint's {@code SECRET_KEY} ({@link OperatorKey#legacy()})
 */
public record NewOperatorKey(String name, String prefix, KeyHash hash, Instant createdAt, boolean legacy) {
    public NewOperatorKey {
        Checks.nonNull("name prefix hash createdAt", name, prefix, hash, createdAt);
    }
}
