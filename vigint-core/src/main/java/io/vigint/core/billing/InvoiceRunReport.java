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
 * @param withoutUsage clients billed at the period's frequency with no charged usage in it: no invoice
 * @param notSent invoices issued by this run whose email failed, with the reason (the invoice stands;
 *     {@code vigint invoices send NUMBER} sends it again)
 */
public record InvoiceRunReport(
        BillingPeriod period,
        boolean dryRun,
        List<Invoice> invoices,
        Map<ClientId, InvoiceNumber> alreadyInvoiced,
        List<ClientId> withoutUsage,
        Map<InvoiceNumber, String> notSent) {
    public InvoiceRunReport {
        notSent = Map.copyOf(notSent);
        invoices = List.copyOf(invoices);
        alreadyInvoiced = Map.copyOf(alreadyInvoiced);
        withoutUsage = List.copyOf(withoutUsage);
    }

    /** A report with no failed emails (what the batch itself returns, before delivery). */
    public InvoiceRunReport(
            BillingPeriod period,
            boolean dryRun,
            List<Invoice> invoices,
            Map<ClientId, InvoiceNumber> alreadyInvoiced,
            List<ClientId> withoutUsage) {
        this(period, dryRun, invoices, alreadyInvoiced, withoutUsage, Map.of());
    }

    /** This report with the emails that failed. */
    public InvoiceRunReport withNotSent(Map<InvoiceNumber, String> failed) {
        return new InvoiceRunReport(period, dryRun, invoices, alreadyInvoiced, withoutUsage, failed);
    }
}
