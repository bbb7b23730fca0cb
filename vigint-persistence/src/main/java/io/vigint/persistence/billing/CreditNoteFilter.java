package io.vigint.persistence.billing;

/** Selects credit notes: every non-null field must match. */
public record CreditNoteFilter(
        Integer noteYear, Integer noteSequence, Long clientId, Integer invoiceYear, Integer invoiceSequence) {}
