package io.vigint.persistence.client;

import java.time.OffsetDateTime;

/**
 * One row of {@code clients}, as stored. {@code nameKey} and {@code emailKey} are the lower-cased
 * ({@link java.util.Locale#ROOT}) name and email that carry the unique constraints.
 */
public record ClientRow(
        long id,
        String name,
        String nameKey,
        String email,
        String emailKey,
        String description,
        boolean active,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
