package io.vigint.core.legacy;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.time.Instant;

/**
 * What an import from an original deployment brought in, as the {@link LegacyImportLedger} remembers it,
 * so that a re-import skips it.
 *
 * @param kind what was imported
 * @param legacyRef its natural key in the original: the client's email (exactly as stored there) for
 *     {@link Kind#CLIENT} and {@link Kind#PAYMENT}, the key's hash for {@link Kind#USAGE}
 * @param clientId the client here it belongs to
 * @param legacyId the row's id in the original: the client, the payment details, or the last usage row
 *     imported (usage rows are imported in id order, so this is how far the key's usage has come)
 * @param importedAt when this entry was written
 */
public record LegacyImport(Kind kind, String legacyRef, ClientId clientId, long legacyId, Instant importedAt) {
    /** Longest {@link #legacyRef} kept. */
    public static final int MAX_REF = 320;

    /** What an entry stands for. */
    public enum Kind {
        /** An original client, by its email. */
        CLIENT,
        /** The payment details imported for an original client, by the client's email. */
        PAYMENT,
        /** The usage rows imported for an original key, by the key's hash. */
        USAGE
    }

    public LegacyImport {
        Checks.nonNull("kind legacyRef clientId importedAt", kind, legacyRef, clientId, importedAt);
        if (legacyRef.isEmpty() || legacyRef.length() > MAX_REF) {
            throw new IllegalArgumentException("legacyRef must have 1 to " + MAX_REF + " characters");
        }
    }
}
