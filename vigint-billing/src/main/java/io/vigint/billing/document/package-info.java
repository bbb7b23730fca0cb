/**
 * Invoice documents: {@link io.vigint.billing.document.InvoiceDocument}, everything an invoice or credit
 * note shows, {@link io.vigint.billing.document.InvoiceContent}, the words every rendering uses for it (the
 * content of Directive 2006/112/EC art. 226 and the payment details), and its renderings as HTML, CSV
 * (RFC 4180) and PDF (PDFBox).
 */
package io.vigint.billing.document;
