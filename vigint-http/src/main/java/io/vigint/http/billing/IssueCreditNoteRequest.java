package io.vigint.http.billing;

/**
 * The body of {@code POST /admin/v1/invoices/{number}/credit-notes}: {@code reason} (required) and
 * {@code amount}, the net amount to credit (absent: all that is left of the invoice, a full credit).
 */
public record IssueCreditNoteRequest(String amount, String reason) {}
