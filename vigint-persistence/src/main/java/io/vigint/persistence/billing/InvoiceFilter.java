package io.vigint.persistence.billing;

/** Selects invoices: every non-null field must match. */
public record InvoiceFilter(Integer invoiceYear, Integer invoiceSequence, Long clientId, String status) {}
