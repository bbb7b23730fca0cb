package io.vigint.persistence.idempotency;

import java.time.OffsetDateTime;

/**
 * One row of {@code idempotency_records}, as stored. {@code status}, {@code contentType} and
 * {@code body} stay {@code null} until the request that claimed the key completes.
 */
public record IdempotencyRow(
        long clientId,
        String key,
        String fingerprint,
        OffsetDateTime createdAt,
        Integer status,
        String contentType,
        byte[] body) {
    @Override
    public String toString() {
        return "IdempotencyRow[clientId=" + clientId + ", key=" + key + ", createdAt=" + createdAt + ", status="
                + status + "]";
    }
}
