/**
 * Invoice documents: {@link io.vigint.billing.document.InvoiceDocument}, everything an invoice shows,
 * and its renderings as HTML, CSV (RFC 4180) and PDF (PDFBox).
 */
package io.vigint.billing.document;
