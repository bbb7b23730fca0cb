/**
 * Billing: payment details (IBAN/BIC or a provider customer id, sealed at rest and masked on output),
 * billing periods, invoices and the invoice batch that turns a period's usage into numbered invoices.
 */
package io.vigint.core.billing;
