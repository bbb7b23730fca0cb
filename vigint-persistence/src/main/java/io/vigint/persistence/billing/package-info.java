/**
 * Billing storage: payment details, invoices with their lines, invoice-number counters, and the
 * grouped usage sums the invoice batch prices ({@code BillingMapper.xml}).
 */
package io.vigint.persistence.billing;
