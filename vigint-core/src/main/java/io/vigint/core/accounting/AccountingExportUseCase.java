package io.vigint.core.accounting;

import io.vigint.core.error.VigintException;
import java.util.List;
import java.util.Optional;

/** The operator's view of the accounting export: queue an invoice (again) and see where exports stand. */
public interface AccountingExportUseCase {
    /**
     * Queues the invoice or credit note {@code number} for export, due at once. An export already pending
     * or done is left as it is (the ledger gets each invoice once); a failed one is tried again from its
     * first attempt.
     *
     * @throws VigintException {@code VALIDATION_FAILED} for a malformed number, {@code INVOICE_NOT_FOUND}
     *     when no such invoice exists
     */
    ExportEntry enqueue(String number);

    /**
     * The export of {@code number}, or every export (most recently changed first) when empty.
     *
     * @throws VigintException {@code VALIDATION_FAILED} for a malformed number
     */
    List<ExportEntry> status(Optional<String> number);

    /** Whether a ledger is configured, so that queued invoices are exported. */
    boolean enabled();
}
