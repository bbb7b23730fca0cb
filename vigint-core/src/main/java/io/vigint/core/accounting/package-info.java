/**
 * Export of issued invoices to an outside accounting ledger (Qonto, in the {@code vigint-qonto} adapter):
 * the {@link io.vigint.core.accounting.AccountingLedger} port, what it receives ({@link
 * io.vigint.core.accounting.AccountingInvoice}), the durable {@link
 * io.vigint.core.accounting.AccountingExportQueue} and the use case that enqueues and drains it with
 * retry and back-off ({@link io.vigint.core.accounting.AccountingExportService}).
 */
package io.vigint.core.accounting;
