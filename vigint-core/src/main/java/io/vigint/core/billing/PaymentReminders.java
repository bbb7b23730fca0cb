package io.vigint.core.billing;

import java.time.Instant;

/** Emails a payment reminder for an overdue invoice: the port the billing adapter implements. */
public interface PaymentReminders {
    /**
     * Emails the client of {@code balance}'s invoice that {@code balance.due()} has been due since {@code
     * dueAt} ({@code afterDays} days ago, one of the configured reminder days), with the invoice's PDF.
     *
     * @throws io.vigint.core.error.VigintException {@code MAIL_FAILED} if the mail could not be sent
     */
    void remind(InvoiceBalance balance, Instant dueAt, int afterDays);
}
