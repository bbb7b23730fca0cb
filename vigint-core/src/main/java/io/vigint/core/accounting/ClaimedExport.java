package io.vigint.core.accounting;

import io.vigint.core.util.Checks;

/**
 * An export claimed from the {@link AccountingExportQueue}: the invoice number and which attempt this is
 * (1 for the first); reports back name the attempt, so a late report of an older claim changes nothing.
 */
public record ClaimedExport(String number, int attempt) {
    public ClaimedExport {
        Checks.nonNull("number", number);
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1");
        }
    }
}
