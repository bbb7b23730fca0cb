package io.vigint.core.key;

import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.time.Duration;

/**
 * Input of {@link RotateApiKeyUseCase}: the key to replace and how long it keeps working afterwards
 * (zero: it stops at once; at most {@link #MAX_GRACE}).
 */
public record RotateApiKeyCommand(ApiKeyId keyId, Duration grace) {
    public static final Duration MAX_GRACE = Duration.ofDays(30);

    public RotateApiKeyCommand {
        Checks.required("key_id", keyId);
        if (grace == null) {
            grace = Duration.ZERO;
        }
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw VigintException.invalid("grace", "grace must be between 0s and 30d");
        }
    }
}
