/**
 * The billing adapter: invoice numbering now; the invoice batch and rendering come with the billing
 * issue.
 */
package io.vigint.billing;
