/**
 * Running the invoice batch on a schedule inside {@code vigint serve}: when each cadence runs ({@link
 * io.vigint.billing.schedule.InvoiceSchedule}), and the {@link
 * io.vigint.billing.schedule.InvoiceScheduler} that runs the period just ended under a job lock.
 */
package io.vigint.billing.schedule;
