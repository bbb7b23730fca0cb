package io.vigint.core.accounting;

/**
 * An outside accounting ledger that an issued invoice is copied into (Qonto's client invoices, in
 * {@code vigint-qonto}). An adapter makes one attempt per call and reports what happened; the queue
 * ({@link AccountingExportService}) decides about retrying. Implementations never log or return a
 * credential.
 */
public interface AccountingLedger {
    /**
     * Creates {@code invoice} in the ledger, at most once per {@code idempotencyKey}: calling again with
     * the same key after an answer was lost (a time-out, a 5xx) must not create it a second time.
     *
     * @return {@link ExportResult.Exported} with the ledger's id, {@link ExportResult.Rejected} when the
     *     ledger refused the content (retrying the same content cannot help), or {@link
     *     ExportResult.RetryLater} for failures that may pass (network, rate limit, server errors)
     */
    ExportResult export(AccountingInvoice invoice, String idempotencyKey);
}
