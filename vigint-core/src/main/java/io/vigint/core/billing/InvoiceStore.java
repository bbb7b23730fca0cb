package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps invoices and sums usage for them. Usage is read, never written, here: it is summed per
 * client and endpoint over a period [start, end) in the invoice's currency, set-based (one grouped
 * query, not a query per record).
 *
 * <p>Promises: at most one invoice per client and period is not void, even when two writers race (the
 * losing {@link #insertInvoices} fails and writes nothing); invoice numbers are unique; the counter
 * returned by {@link #lockInvoiceSequence} is held by the calling transaction until it ends, so two
 * batches never hand out the same number, and numbers are assigned in the transaction that inserts
 * the invoices (a rolled-back batch leaves no gap). Deleting a client deletes its invoices.
 */
public interface InvoiceStore {
    /**
     * The clients invoiced at {@code frequency}: those whose payment details name it, plus (when
     * {@code frequency} is {@code defaultFrequency}) those without payment details; ascending ids.
     */
    List<ClientId> clientsBilled(BillingFrequency frequency, BillingFrequency defaultFrequency);

    /** The number of each client's invoice for {@code period} that is not void. */
    Map<ClientId, InvoiceNumber> activeInvoices(BillingPeriod period);

    /** Those of {@code clients} that have an invoice for {@code period} that is not void. */
    Set<ClientId> invoicedClients(BillingPeriod period, List<ClientId> clients);

    /**
     * Usage in {@code period} and {@code currency} of the clients billed at the period's frequency (as
     * in {@link #clientsBilled}) that have no invoice for the period that is not void: one total per
     * client and endpoint, ordered by client then endpoint. One pass over the period's usage (a single
     * {@code GROUP BY client_id, endpoint}), however many clients there are. Only charged usage counts
     * (cost greater than zero): failed calls and free endpoints are metered at cost 0 and are not invoiced,
     * so a line's count times its unit price is its amount.
     */
    List<UsageTotal> uninvoicedUsage(BillingPeriod period, Currency currency, BillingFrequency defaultFrequency);

    /**
     * One client's charged usage (cost greater than zero) in {@code period} and {@code currency}, invoiced
     * or not, one total per endpoint.
     */
    List<UsageTotal> usageTotals(ClientId clientId, BillingPeriod period, Currency currency);

    /**
     * Locks {@code year}'s invoice counter until the calling transaction ends and returns the last
     * sequence used that year (0 before the first invoice).
     */
    int lockInvoiceSequence(int year);

    /**
     * Inserts issued {@code invoices} with their lines and sets {@code year}'s counter to
     * {@code lastSequence}, all or nothing. Call inside the transaction that locked the counter.
     *
     * @throws io.vigint.core.error.VigintException {@code INVOICE_STATE_CONFLICT} if a client already
     *     has an invoice for the period that is not void
     */
    void insertInvoices(int year, int lastSequence, List<Invoice> invoices);

    /** The invoice with that number, lines included. */
    Optional<Invoice> findInvoice(InvoiceNumber number);

    /** Invoices, newest number first, optionally of one client and/or in one status, lines included. */
    List<Invoice> listInvoices(Optional<ClientId> clientId, Optional<InvoiceStatus> status);

    /**
     * Sets the invoice's status to {@code to} at {@code at} if it is currently {@code from}; false
     * (nothing changed) otherwise. Voiding frees the client's period for a new invoice.
     */
    boolean changeInvoiceStatus(InvoiceNumber number, InvoiceStatus from, InvoiceStatus to, Instant at);
}
