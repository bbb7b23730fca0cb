package io.vigint.core.billing;

import io.vigint.core.util.Checks;
import java.util.List;
import java.util.TreeSet;

/**
 * How unpaid invoices are followed up.
 *
 * @param dueDates when an invoice is due
 * @param remindersEnabled whether reminders are emailed (overdue invoices are marked either way)
 * @param reminderDays days after the due date at which a reminder is sent, ascending, each 1 to 365
 */
public record FollowUpSettings(InvoiceDueDates dueDates, boolean remindersEnabled, List<Integer> reminderDays) {
    /** Due 30 days after issue, reminders 7, 14 and 30 days after the due date. */
    public static final FollowUpSettings DEFAULTS =
            new FollowUpSettings(InvoiceDueDates.DEFAULT, true, List.of(7, 14, 30));

    public FollowUpSettings {
        Checks.nonNull("dueDates reminderDays", dueDates, reminderDays);
        TreeSet<Integer> sorted = new TreeSet<>(reminderDays);
        if (sorted.size() != reminderDays.size()) {
            throw new IllegalArgumentException("reminder days repeat: " + reminderDays);
        }
        if (!sorted.isEmpty() && (sorted.first() < 1 || sorted.last() > 365)) {
            throw new IllegalArgumentException("reminder days are 1 to 365: " + reminderDays);
        }
        reminderDays = List.copyOf(sorted);
    }
}
