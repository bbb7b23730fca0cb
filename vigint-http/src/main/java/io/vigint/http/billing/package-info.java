/**
 * Billing over HTTP: a client's own invoices ({@code /api/v1/invoices}) and the operator's payment
 * details and invoicing ({@code /admin/v1/…}), with their JSON views. {@link
 * io.vigint.http.billing.BillingHttpModule} contributes the resources to the server.
 */
package io.vigint.http.billing;
