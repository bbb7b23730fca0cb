package io.vigint.core.billing;

import java.util.Optional;

/**
 * A credit note just issued, and its invoice after it.
 *
 * @param note the credit note
 * @param invoice the corrected invoice with its payments and credit notes
 * @param notSent why the credit note could not be emailed, if it could not (it stands all the same)
 */
public record CreditNoteIssued(CreditNote note, InvoiceBalance invoice, Optional<String> notSent) {}
