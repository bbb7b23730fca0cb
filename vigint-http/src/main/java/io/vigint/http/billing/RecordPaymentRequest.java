package io.vigint.http.billing;

/**
 * The body of {@code POST /admin/v1/invoices/{number}/payments}: {@code amount} (required, a decimal
 * string or number such as {@code "12.34"}), {@code paid_at} (a day or an ISO-8601 instant; default
 * now) and {@code reference}.
 */
public record RecordPaymentRequest(String amount, String paidAt, String reference) {}
