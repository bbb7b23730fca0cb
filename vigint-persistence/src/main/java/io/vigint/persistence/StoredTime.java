package io.vigint.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the schema stores them: UTC {@code TIMESTAMP WITH TIME ZONE}, {@code null} staying
 * {@code null}. Public for the stores in this adapter's sub-packages.
 */
public final class StoredTime {
    private StoredTime() {}

    /** The column value of {@code instant}, at offset UTC. */
    public static OffsetDateTime stored(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant a column value stands for. */
    public static Instant instant(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
