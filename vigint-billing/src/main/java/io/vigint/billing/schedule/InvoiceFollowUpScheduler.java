package io.vigint.billing.schedule;

import io.vigint.core.billing.FollowUpReport;
import io.vigint.core.billing.InvoiceFollowUpUseCase;
import io.vigint.core.schedule.JobLock;
import io.vigint.core.util.PeriodicTask;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the follow-up of unpaid invoices ({@link InvoiceFollowUpUseCase#followUp()}: overdue marking and
 * payment reminders) when the server starts and then every {@code billing.reminders.check_every}, on a
 * {@link PeriodicTask} thread. Each pass takes the {@link JobLock} {@value #LOCK} first, so that of
 * several servers sharing a database one runs it at a time and the others skip that pass; the pass
 * itself is safe to run twice (a reminder is recorded once, under the invoice's row lock), so the lock
 * only saves work. A failed pass is logged and tried again at the next interval.
 */
public final class InvoiceFollowUpScheduler {
    /** The job lock every pass takes. */
    public static final String LOCK = "invoice-follow-up";
    /** The name of the scheduler's thread. */
    public static final String THREAD = "vigint-invoice-follow-up";

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceFollowUpScheduler.class);

    private final InvoiceFollowUpUseCase followUp;
    private final JobLock lock;

    public InvoiceFollowUpScheduler(InvoiceFollowUpUseCase followUp, JobLock lock) {
        this.followUp = Objects.requireNonNull(followUp, "followUp");
        this.lock = Objects.requireNonNull(lock, "lock");
    }

    /** Starts passes now and every {@code interval}; closing the returned task stops them. */
    public PeriodicTask start(Duration interval) {
        return PeriodicTask.start(
                THREAD, interval, this::runOnce, e -> LOG.warn("The invoice follow-up failed: {}", e.toString()));
    }

    /**
     * One pass, if no other server is running one: returns its report, or empty when the lock was held
     * elsewhere.
     */
    public Optional<FollowUpReport> runOnce() {
        Optional<JobLock.Held> held = lock.tryLock(LOCK);
        if (held.isEmpty()) {
            LOG.info("Another server is following up unpaid invoices; skipping this pass");
            return Optional.empty();
        }
        try (JobLock.Held ignored = held.get()) {
            FollowUpReport report = followUp.followUp();
            if (!report.markedOverdue().isEmpty() || !report.reminded().isEmpty()) {
                LOG.info(
                        "Invoice follow-up: {} marked overdue, {} reminder(s) sent",
                        report.markedOverdue().size(),
                        report.reminded().size());
            }
            report.notSent()
                    .forEach((number, reason) -> LOG.warn(
                            "The payment reminder for invoice {} could not be sent ({}); it is tried again on the next pass",
                            number,
                            reason));
            return Optional.of(report);
        }
    }
}
