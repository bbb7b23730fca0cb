package io.vigint.persistence.key;

import java.time.OffsetDateTime;

/**
 * One row of {@code api_keys} joined with its row of {@code clients}: the key's columns, then the client's, which
 * are all {@code null} if the client row is gone ({@code clientRowId} first among them).
 */
public record CredentialRow(
        long id,
        long clientId,
        String name,
        String prefix,
        String keyHash,
        String status,
        OffsetDateTime createdAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime expiresAt,
        boolean legacy,
        Long clientRowId,
        String clientName,
        String clientEmail,
        String clientDescription,
        Boolean clientActive,
        OffsetDateTime clientCreatedAt,
        OffsetDateTime clientUpdatedAt) {

    /** The key's columns. */
    ApiKeyRow key() {
        return new ApiKeyRow(id, clientId, name, prefix, keyHash, status, createdAt, lastUsedAt, expiresAt, legacy);
    }
}
