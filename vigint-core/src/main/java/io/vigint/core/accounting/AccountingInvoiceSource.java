package io.vigint.core.accounting;

import java.util.Optional;

/**
 * Where the export worker reads an issued invoice as the ledger will receive it: the composition root
 * maps the stored invoice (and its client) to an {@link AccountingInvoice}.
 */
@FunctionalInterface
public interface AccountingInvoiceSource {
    /** The invoice or credit note numbered {@code number}; empty if there is none. */
    Optional<AccountingInvoice> find(String number);
}
