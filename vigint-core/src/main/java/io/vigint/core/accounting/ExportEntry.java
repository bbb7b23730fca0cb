package io.vigint.core.accounting;

import io.vigint.core.util.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * One invoice in the export queue.
 *
 * @param number the invoice (or credit note) number
 * @param state where its export stands
 * @param attempts attempts made so far
 * @param nextAttemptAt when a pending export is tried next
 * @param lastError why the last attempt failed (never a credential)
 * @param externalId the ledger's id once done
 * @param createdAt when it was first enqueued
 * @param updatedAt when it last changed
 */
public record ExportEntry(
        String number,
        ExportState state,
        int attempts,
        Instant nextAttemptAt,
        Optional<String> lastError,
        Optional<String> externalId,
        Instant createdAt,
        Instant updatedAt) {
    public ExportEntry {
        Checks.nonNull(
                "number state nextAttemptAt lastError externalId createdAt updatedAt",
                number,
                state,
                nextAttemptAt,
                lastError,
                externalId,
                createdAt,
                updatedAt);
    }
}
