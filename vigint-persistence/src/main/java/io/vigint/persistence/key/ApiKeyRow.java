package io.vigint.persistence.key;

import java.time.OffsetDateTime;

/**
 * One row of {@code api_keys}, as stored: the key's SHA-256 hash in hex, never its plain text.
 *
 * @param status one of {@code ACTIVE}, {@code SUSPENDED}, {@code REVOKED}
 * @param legacy imported from an original deployment
 */
public record ApiKeyRow(
        long id,
        long clientId,
        String name,
        String prefix,
        String keyHash,
        String status,
        OffsetDateTime createdAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime expiresAt,
        boolean legacy) {}
