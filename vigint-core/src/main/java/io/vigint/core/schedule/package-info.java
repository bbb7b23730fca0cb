/**
 * Running the invoice batch on a schedule: the {@link io.vigint.core.schedule.ScheduledInvoiceRun}
 * port the scheduler calls with the period that just ended, the {@link
 * io.vigint.core.schedule.JobLock} port that keeps several servers on one database from doing the same
 * run at once, and {@link io.vigint.core.schedule.InProcessJobLock} for a single process.
 */
package io.vigint.core.schedule;
