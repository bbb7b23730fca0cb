package io.vigint.core.key;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.time.Instant;

/**
 * A stored API key: never its plain text, only its {@link KeyHash} and a short display prefix.
 *
 * @param prefix the first characters of the plain key (e.g. {@code vgt_AbCd1234}), for humans
 * @param lastUsedAt when it last authenticated a request (to the minute), or {@code null} if never
 * @param expiresAt when it stops working, or {@code null} if it never expires
 * @param legacy true for a key imported from an original Vigint deployment: its plain text has the
 *     {@link LegacyKeyFormat} shape (no {@code vgt_} prefix), and only such keys accept that shape
 */
public record ApiKey(
        ApiKeyId id,
        ClientId clientId,
        String name,
        String prefix,
        KeyHash hash,
        ApiKeyStatus status,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        boolean legacy) {
    public ApiKey {
        Checks.nonNull(
                "id clientId name prefix hash status createdAt", id, clientId, name, prefix, hash, status, createdAt);
    }

    /** True once {@code now} has reached {@link #expiresAt()}. */
    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** The status as it matters at {@code now}: expiry wins over the stored status. */
    public EffectiveStatus effectiveStatusAt(Instant now) {
        if (isExpiredAt(now)) {
            return EffectiveStatus.EXPIRED;
        }
        return switch (status) {
            case ACTIVE -> EffectiveStatus.ACTIVE;
            case SUSPENDED -> EffectiveStatus.SUSPENDED;
            case REVOKED -> EffectiveStatus.REVOKED;
        };
    }
}
