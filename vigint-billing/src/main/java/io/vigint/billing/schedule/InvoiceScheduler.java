package io.vigint.billing.schedule;

import io.vigint.core.schedule.Cadence;
import io.vigint.core.schedule.JobLock;
import io.vigint.core.schedule.ScheduledInvoiceRun;
import io.vigint.core.schedule.ScheduledPeriod;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the invoice batch of each cadence at its scheduled time ({@link InvoiceSchedule}), for the
 * period that has just ended: on Monday 00:05 UTC the ISO week that ended at midnight, on the 1st the
 * month (or quarter) before. Each run takes the {@link JobLock} {@code invoice-run-<cadence>} first, so
 * that of several servers sharing a database one runs it and the others skip it; the lock is an
 * efficiency guard only, since the batch itself changes nothing for a period already invoiced (a run
 * from cron or by hand at the same moment is harmless).
 *
 * <p>Time comes from the injected {@link Clock}; the period is the one ended by the scheduled time,
 * not by the moment the task happens to run, so a late run still invoices the right period. A timer
 * that fires early (the wall clock was set back) waits for the scheduled time. A server that is down at
 * a scheduled time does not catch up when it starts: run {@code vigint invoices run --period …}. A
 * failed run is logged and not retried; the next scheduled time is armed either way.
 */
public final class InvoiceScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceScheduler.class);

    private final InvoiceSchedule schedule;
    private final ScheduledInvoiceRun run;
    private final JobLock lock;
    private final Clock clock;
    private final TaskTimer timer;
    /** Guarded by {@code this}. */
    private final Map<Cadence, Pending> pending = new EnumMap<>(Cadence.class);
    /** Guarded by {@code this}. */
    private boolean started;
    /** Guarded by {@code this}. */
    private boolean closed;

    @Inject
    public InvoiceScheduler(
            InvoiceSchedule schedule, ScheduledInvoiceRun run, JobLock lock, Clock clock, TaskTimer timer) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.run = Objects.requireNonNull(run, "run");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = Objects.requireNonNull(timer, "timer");
    }

    /** The name of the job lock a cadence's run takes, e.g. {@code invoice-run-weekly}. */
    public static String lockName(Cadence cadence) {
        return "invoice-run-" + cadence.label();
    }

    /**
     * Arms the next run of every scheduled cadence (nothing if the schedule is off). Calling it again
     * does nothing.
     *
     * @throws IllegalStateException if the scheduler is closed
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("the invoice scheduler is closed");
        }
        if (started) {
            return;
        }
        started = true;
        Instant now = clock.instant();
        for (Cadence cadence : Cadence.values()) {
            schedule.time(cadence).ifPresent(time -> arm(time, time.nextAfter(now)));
        }
        if (pending.isEmpty()) {
            LOG.info("The invoice batch is not scheduled (billing.schedule: {})", schedule.describe());
        }
    }

    /** When each scheduled cadence runs next (empty before {@link #start()}, after close, or when off). */
    public synchronized Map<Cadence, Instant> nextRuns() {
        EnumMap<Cadence, Instant> next = new EnumMap<>(Cadence.class);
        pending.forEach((cadence, armed) -> next.put(cadence, armed.due()));
        return Collections.unmodifiableMap(next);
    }

    /** The schedule this scheduler follows. */
    public InvoiceSchedule schedule() {
        return schedule;
    }

    /**
     * Cancels the runs not yet started and waits (up to 30 s) for one in progress to finish; the batch is
     * transactional, so one cut short leaves nothing half-done. Safe to call again.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            pending.values().forEach(armed -> armed.handle().cancel());
            pending.clear();
        }
        timer.close();
    }

    /** Guarded by {@code this}. */
    private void arm(CadenceTime time, Instant due) {
        Duration delay = Duration.between(clock.instant(), due);
        TaskTimer.Scheduled handle = timer.schedule(() -> fire(time, due), delay.isNegative() ? Duration.ZERO : delay);
        pending.put(time.cadence(), new Pending(due, handle));
        LOG.info("The {} invoice batch runs next at {}", time.cadence().label(), due);
    }

    private void fire(CadenceTime time, Instant due) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (clock.instant().isBefore(due)) {
                arm(time, due);
                return;
            }
            pending.remove(time.cadence());
        }
        try {
            runLocked(ScheduledPeriod.endedBy(time.cadence(), due));
        } finally {
            synchronized (this) {
                if (!closed) {
                    Instant now = clock.instant();
                    arm(time, time.nextAfter(now.isAfter(due) ? now : due));
                }
            }
        }
    }

    private void runLocked(ScheduledPeriod period) {
        String cadence = period.cadence().label();
        Optional<JobLock.Held> held;
        try {
            held = lock.tryLock(lockName(period.cadence()));
        } catch (RuntimeException e) {
            LOG.warn(
                    "Cannot take the {} invoice lock ({}); skipping {} here. Run it with: vigint invoices run --period {}",
                    cadence,
                    e.getMessage(),
                    period,
                    period.label());
            return;
        }
        if (held.isEmpty()) {
            LOG.info("Another server is running the {} invoice batch; skipping {} here", cadence, period);
            return;
        }
        try (JobLock.Held ignored = held.get()) {
            LOG.info("Running the {} invoice batch for {}", cadence, period);
            run.run(period);
            LOG.info("Finished the {} invoice batch for {}", cadence, period);
        } catch (RuntimeException e) {
            LOG.error(
                    "The {} invoice batch for {} failed; run it again with: vigint invoices run --period {}",
                    cadence,
                    period,
                    period.label(),
                    e);
        }
    }

    private record Pending(Instant due, TaskTimer.Scheduled handle) {}
}
