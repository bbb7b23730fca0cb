/** Sending invoices to clients by email, with the PDF attached, through the core's mail port. */
package io.vigint.billing.delivery;
