package io.vigint.cli;

import io.vigint.core.schedule.ScheduledInvoiceRun;
import io.vigint.core.schedule.ScheduledPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A placeholder {@link ScheduledInvoiceRun} that invoices nothing and says so in the log: the scheduler
 * runs on time, but the invoice batch use case is not connected to it on this branch.
 */
final class NotConnectedInvoiceRun implements ScheduledInvoiceRun {
    private static final Logger LOG = LoggerFactory.getLogger(NotConnectedInvoiceRun.class);

    @Override
    public void run(ScheduledPeriod period) {
        LOG.warn(
                "The scheduled invoice run for {} is not connected to the invoice batch; nothing was invoiced", period);
    }
}
