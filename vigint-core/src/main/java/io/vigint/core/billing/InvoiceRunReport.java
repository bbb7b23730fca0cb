package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import java.util.List;
import java.util.Map;

/**
 * What one batch run did for one period.
 *
 * @param period the period invoiced
 * @param dryRun whether nothing was written ({@code invoices} are then drafts)
 * @param invoices the invoices issued (or, in a dry run, that would be), by number
 * @param alreadyInvoiced clients skipped because they have an invoice for the period that is not void
 * @param withoutUsage clients billed at the period's frequency that used nothing in it: no invoice
 */
public record InvoiceRunReport(
        BillingPeriod period,
        boolean dryRun,
        List<Invoice> invoices,
        Map<ClientId, InvoiceNumber> alreadyInvoiced,
        List<ClientId> withoutUsage) {
    public InvoiceRunReport {
        invoices = List.copyOf(invoices);
        alreadyInvoiced = Map.copyOf(alreadyInvoiced);
        withoutUsage = List.copyOf(withoutUsage);
    }
}
