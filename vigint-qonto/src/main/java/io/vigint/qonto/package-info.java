/**
 * The Qonto adapter for the core's {@link io.vigint.core.accounting.AccountingLedger} port: an issued
 * invoice becomes a Qonto client invoice through Qonto's public Business API ({@code GET/POST /v2/clients},
 * {@code GET/POST /v2/client_invoices}), authenticated with the organization's API key, every POST carrying
 * {@code X-Qonto-Idempotency-Key}. JDK {@code HttpClient} and Jackson, no SDK. {@link
 * io.vigint.qonto.QontoModule} binds it; {@link io.vigint.qonto.QontoConfig} holds the {@code
 * billing.qonto.*} settings.
 */
package io.vigint.qonto;
