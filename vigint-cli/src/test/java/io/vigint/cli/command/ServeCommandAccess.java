package io.vigint.cli.command;

import io.vigint.billing.schedule.InvoiceScheduler;

/** Lets tests outside this package call {@link ServeCommand}'s package-private helpers. */
public final class ServeCommandAccess {
    private ServeCommandAccess() {}

    public static String startInvoiceSchedule(InvoiceScheduler scheduler) {
        return ServeCommand.startInvoiceSchedule(scheduler);
    }
}
