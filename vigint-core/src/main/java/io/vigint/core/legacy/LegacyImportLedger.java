package io.vigint.core.legacy;

import java.util.Optional;

/**
 * Remembers what was imported from original deployments, by kind and natural key, so that importing the
 * same data again adds nothing. Entries belong to a client here: deleting the client deletes them (a
 * later import then brings the client back).
 */
public interface LegacyImportLedger {
    /** The entry of this kind and reference, if one was recorded. */
    Optional<LegacyImport> findImport(LegacyImport.Kind kind, String legacyRef);

    /**
     * Records {@code entry}, replacing any entry of the same kind and reference (a key's usage moves on).
     * Its client must exist.
     */
    void recordImport(LegacyImport entry);
}
