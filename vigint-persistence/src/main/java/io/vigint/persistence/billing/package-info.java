/**
 * Billing storage: payment details, invoices with their lines, invoice-number counters, and the
 * grouped usage sums the invoice batch prices ({@code BillingMapper.xml}), behind
 * {@link io.vigint.persistence.billing.MyBatisPaymentDetailsStore} and
 * {@link io.vigint.persistence.billing.MyBatisInvoiceStore}.
 */
package io.vigint.persistence.billing;
