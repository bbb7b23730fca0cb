package io.vigint.persistence.accounting;

import java.time.OffsetDateTime;

/** One row of {@code accounting_exports} as stored. */
public record AccountingExportRow(
        String invoiceNumber,
        String status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime leaseUntil,
        String lastError,
        String externalId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
