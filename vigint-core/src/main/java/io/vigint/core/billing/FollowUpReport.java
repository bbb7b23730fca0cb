package io.vigint.core.billing;

import java.util.List;
import java.util.Map;

/**
 * What one follow-up pass did.
 *
 * @param markedOverdue the invoices it marked overdue
 * @param reminded the reminders it sent: invoice and days past due
 * @param notSent reminders that could not be emailed (tried again on the next pass), with the reason
 */
public record FollowUpReport(
        List<InvoiceNumber> markedOverdue, List<Reminder> reminded, Map<InvoiceNumber, String> notSent) {
    public FollowUpReport {
        markedOverdue = List.copyOf(markedOverdue);
        reminded = List.copyOf(reminded);
        notSent = Map.copyOf(notSent);
    }

    /** One reminder: the invoice, and the configured days past its due date it was for. */
    public record Reminder(InvoiceNumber invoice, int afterDays) {}
}
