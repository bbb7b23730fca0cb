package io.vigint.core.billing;

import java.time.Duration;
import java.time.Instant;

/**
 * When an invoice is due: its issue time plus the payment terms. The one place the follow-up (overdue
 * marking, reminders, the amounts shown) reads a due date from, so that a due date stored on the invoice
 * can replace the computation here alone.
 *
 * @param paymentTermsDays days from issue to due date, 0 to 365 (default 30)
 */
public record InvoiceDueDates(int paymentTermsDays) {
    /** 30 days. */
    public static final InvoiceDueDates DEFAULT = new InvoiceDueDates(30);

    public InvoiceDueDates {
        if (paymentTermsDays < 0 || paymentTermsDays > 365) {
            throw new IllegalArgumentException("payment terms are 0 to 365 days: " + paymentTermsDays);
        }
    }

    /** When {@code invoice} is due: the end of the payment terms counted from its issue. */
    public Instant dueAt(Invoice invoice) {
        return invoice.issuedAt().plus(Duration.ofDays(paymentTermsDays));
    }
}
