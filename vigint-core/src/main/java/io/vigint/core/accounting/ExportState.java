package io.vigint.core.accounting;

import java.util.Locale;

/** Where an invoice's export stands. */
public enum ExportState {
    /** Waiting for its first or next attempt (or being attempted). */
    PENDING,
    /** In the ledger; {@link ExportEntry#externalId()} says under which id. */
    DONE,
    /** Refused by the ledger, or out of attempts; {@link ExportEntry#lastError()} says why. */
    FAILED;

    /** The lower-case name used in the database, JSON and the CLI. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #code()}. */
    public static ExportState of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
