package io.vigint.core.legacy;

/** Opens original Vigint databases. */
public interface LegacySources {
    /**
     * Opens the database at {@code location} for reading and checks that it has the original's schema.
     *
     * @param location a SQLite file (the original's default {@code vigint.db}), or a database URL
     * @throws io.vigint.core.error.VigintException {@code LEGACY_SOURCE_UNAVAILABLE} (no such file, not a
     *     database, unreachable) or {@code NOT_A_LEGACY_DATABASE} (tables or columns of the original missing);
     *     {@code VALIDATION_FAILED} for a location of no known kind
     */
    LegacySource open(String location);
}
