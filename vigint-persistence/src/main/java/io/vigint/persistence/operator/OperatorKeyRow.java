package io.vigint.persistence.operator;

import java.time.OffsetDateTime;

/** One row of {@code operator_keys}, as stored: the key's SHA-256 hash in hex, never its plain text. */
public record OperatorKeyRow(
        long id,
        String name,
        String prefix,
        String keyHash,
        boolean active,
        OffsetDateTime createdAt,
        OffsetDateTime lastUsedAt,
        boolean legacy) {}
