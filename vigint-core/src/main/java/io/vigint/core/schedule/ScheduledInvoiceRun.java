package io.vigint.core.schedule;

/**
 * The invoice batch as the scheduler sees it: invoice every client of the period's cadence for that
 * period. Running a period that was already invoiced must change nothing, because a scheduled run may
 * overlap a run started by hand or from cron, and the scheduler's {@link JobLock} does not see those.
 */
@FunctionalInterface
public interface ScheduledInvoiceRun {
    /**
     * Invoices {@code period}. Failures are thrown; the scheduler logs them and goes on to the next
     * scheduled time. The period can then be run again by hand ({@code vigint invoices run --period
     * 2026-W47}), which is harmless for the clients it already invoiced.
     */
    void run(ScheduledPeriod period);
}
