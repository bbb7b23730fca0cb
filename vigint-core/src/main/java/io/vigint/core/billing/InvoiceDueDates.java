package io.vigint.core.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When an invoice is due: on the due date its {@link InvoiceTerms} recorded at issue (an invoice issued
 * before invoices recorded their terms: {@code paymentTermsDays} after its issue day), and past due from
 * the next day, 00:00 UTC, so an invoice due on 6 January is paid on time all that day. The one place the
 * follow-up (overdue marking, reminders, the amounts shown) reads a due date from.
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

    /** The day {@code invoice} is due: its recorded due date, else the payment terms from its issue day. */
    public LocalDate dueDate(Invoice invoice) {
        InvoiceTerms terms = invoice.terms();
        if (terms.seller().equals(InvoiceParty.UNKNOWN)) {
            return LocalDate.ofInstant(invoice.issuedAt(), ZoneOffset.UTC).plusDays(paymentTermsDays);
        }
        return terms.dueDate();
    }

    /** The start (00:00 UTC) of the day {@code invoice} is due; reminders count days past due from it. */
    public Instant dueAt(Invoice invoice) {
        return dueDate(invoice).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** True once the due day of {@code invoice} is over at {@code now}. */
    public boolean isPastDue(Invoice invoice, Instant now) {
        return !now.isBefore(
                dueDate(invoice).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
