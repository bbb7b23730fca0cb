package io.vigint.core.billing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * When an invoice is due: the end (UTC) of the due date its {@link InvoiceTerms} recorded at issue, so an
 * invoice due on 6 January is overdue from 7 January 00:00 UTC. An invoice issued before invoices recorded
 * their terms is due {@code paymentTermsDays} after its issue. The one place the follow-up (overdue
 * marking, reminders, the amounts shown) reads a due date from.
 *
 * @param paymentTermsDays days from issue to due date for invoices without recorded terms, 0 to 365
 *     (default 30)
 */
public record InvoiceDueDates(int paymentTermsDays) {
    /** 30 days. */
    public static final InvoiceDueDates DEFAULT = new InvoiceDueDates(30);

    public InvoiceDueDates {
        if (paymentTermsDays < 0 || paymentTermsDays > 365) {
            throw new IllegalArgumentException("payment terms are 0 to 365 days: " + paymentTermsDays);
        }
    }

    /** When {@code invoice} is due: after its recorded due date, else the payment terms from its issue. */
    public Instant dueAt(Invoice invoice) {
        InvoiceTerms terms = invoice.terms();
        if (terms.seller().equals(InvoiceParty.UNKNOWN)) {
            return invoice.issuedAt().plus(Duration.ofDays(paymentTermsDays));
        }
        return terms.dueDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
