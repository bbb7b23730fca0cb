package io.vigint.billing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.schedule.Cadence;
import io.vigint.core.schedule.InProcessJobLock;
import io.vigint.core.schedule.JobLock;
import io.vigint.core.schedule.ScheduledInvoiceRun;
import io.vigint.core.schedule.ScheduledPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvoiceSchedulerTest {
    /** A Wednesday. */
    private static final Instant WEDNESDAY = Instant.parse("2026-11-18T10:00:00Z");

    private final MutableClock clock = new MutableClock(WEDNESDAY);
    private final ManualTimer timer = new ManualTimer(clock);
    private final InProcessJobLock lock = new InProcessJobLock();
    private final List<String> runs = new ArrayList<>();
    private final ScheduledInvoiceRun recording = period -> {
        assertThat(lock.tryLock(InvoiceScheduler.lockName(period.cadence())))
                .as("the run holds its lock")
                .isEmpty();
        runs.add(period.label() + "@" + clock.instant());
    };

    private InvoiceScheduler scheduler(InvoiceSchedule schedule, ScheduledInvoiceRun run, JobLock jobLock) {
        return new InvoiceScheduler(schedule, run, jobLock, clock, timer);
    }

    private InvoiceScheduler defaultScheduler() {
        return scheduler(InvoiceSchedule.defaults(), recording, lock);
    }

    @Test
    void byDefaultWeeklyRunsMondayAt0005AndMonthlyAndQuarterlyOnTheFirst() {
        InvoiceScheduler scheduler = defaultScheduler();
        scheduler.start();

        assertThat(scheduler.nextRuns())
                .isEqualTo(Map.of(
                        Cadence.WEEKLY, Instant.parse("2026-11-23T00:05:00Z"),
                        Cadence.MONTHLY, Instant.parse("2026-12-01T00:05:00Z"),
                        Cadence.QUARTERLY, Instant.parse("2027-01-01T00:05:00Z")));
    }

    @Test
    void onMondayMorningTheWeekThatJustEndedIsInvoicedAndTheNextMondayArmed() {
        InvoiceScheduler scheduler = defaultScheduler();
        scheduler.start();

        timer.advanceTo(Instant.parse("2026-11-23T00:04:59Z"));
        assertThat(runs).isEmpty();

        timer.advanceTo(Instant.parse("2026-11-23T00:05:00Z"));
        assertThat(runs).containsExactly("2026-W47@2026-11-23T00:05:00Z");
        assertThat(scheduler.nextRuns()).containsEntry(Cadence.WEEKLY, Instant.parse("2026-11-30T00:05:00Z"));
    }

    @Test
    void overAQuarterEveryPeriodIsInvoicedOnceInTimeOrder() {
        defaultScheduler().start();

        timer.advanceTo(Instant.parse("2027-01-05T00:00:00Z"));

        assertThat(runs)
                .extracting(run -> Instant.parse(run.substring(run.indexOf('@') + 1)))
                .isSorted();
        assertThat(runs)
                .containsExactlyInAnyOrder(
                        "2026-W47@2026-11-23T00:05:00Z",
                        "2026-W48@2026-11-30T00:05:00Z",
                        "2026-11@2026-12-01T00:05:00Z",
                        "2026-W49@2026-12-07T00:05:00Z",
                        "2026-W50@2026-12-14T00:05:00Z",
                        "2026-W51@2026-12-21T00:05:00Z",
                        "2026-W52@2026-12-28T00:05:00Z",
                        "2026-12@2027-01-01T00:05:00Z",
                        "2026-Q4@2027-01-01T00:05:00Z",
                        "2026-W53@2027-01-04T00:05:00Z");
    }

    @Test
    void whenAnotherServerHoldsTheLockThisOneSkipsThatRunAndRunsTheNextWeek() {
        defaultScheduler().start();
        JobLock.Held otherServer =
                lock.tryLock(InvoiceScheduler.lockName(Cadence.WEEKLY)).orElseThrow();

        timer.advanceTo(Instant.parse("2026-11-23T12:00:00Z"));
        assertThat(runs).isEmpty();

        otherServer.close();
        timer.advanceTo(Instant.parse("2026-11-30T00:05:00Z"));
        assertThat(runs).containsExactly("2026-W48@2026-11-30T00:05:00Z");
    }

    @Test
    void theLockIsReleasedAfterTheRunEvenWhenItFails() {
        List<ScheduledPeriod> attempted = new ArrayList<>();
        scheduler(
                        InvoiceSchedule.defaults(),
                        period -> {
                            attempted.add(period);
                            throw new IllegalStateException("database went away");
                        },
                        lock)
                .start();

        timer.advanceTo(Instant.parse("2026-11-30T00:05:00Z"));

        assertThat(attempted).extracting(ScheduledPeriod::label).containsExactly("2026-W47", "2026-W48");
        assertThat(lock.tryLock(InvoiceScheduler.lockName(Cadence.WEEKLY))).isPresent();
    }

    @Test
    void aLockThatCannotBeAskedSkipsTheRunAndKeepsTheSchedule() {
        JobLock unavailable = name -> {
            throw new VigintException(CoreErrorCode.STORAGE_UNAVAILABLE, "the database cannot be reached");
        };
        InvoiceScheduler scheduler = scheduler(InvoiceSchedule.defaults(), recording, unavailable);
        scheduler.start();

        timer.advanceTo(Instant.parse("2026-11-23T00:05:00Z"));

        assertThat(runs).isEmpty();
        assertThat(scheduler.nextRuns()).containsEntry(Cadence.WEEKLY, Instant.parse("2026-11-30T00:05:00Z"));
    }

    @Test
    void aTimerThatFiresEarlyWaitsForTheScheduledTime() {
        InvoiceScheduler scheduler = scheduler(weeklyOnly(), recording, lock);
        scheduler.start();

        timer.fireNextEarly();
        assertThat(runs).isEmpty();
        assertThat(scheduler.nextRuns()).containsEntry(Cadence.WEEKLY, Instant.parse("2026-11-23T00:05:00Z"));

        timer.advanceTo(Instant.parse("2026-11-23T00:05:00Z"));
        assertThat(runs).containsExactly("2026-W47@2026-11-23T00:05:00Z");
    }

    @Test
    void aRunThatStartsLateStillInvoicesThePeriodOfItsScheduledTime() {
        InvoiceScheduler scheduler = scheduler(weeklyOnly(), recording, lock);
        scheduler.start();
        clock.advance(java.time.Duration.between(WEDNESDAY, Instant.parse("2026-12-01T09:00:00Z")));

        timer.advanceTo(clock.instant());

        assertThat(runs).containsExactly("2026-W47@2026-12-01T09:00:00Z");
        assertThat(scheduler.nextRuns()).containsEntry(Cadence.WEEKLY, Instant.parse("2026-12-07T00:05:00Z"));
    }

    @Test
    void aConfiguredTimeAndACadenceSwitchedOffAreFollowed() {
        InvoiceSchedule schedule = new InvoiceSchedule(
                true,
                Map.of(
                        Cadence.WEEKLY, CadenceTime.parse(Cadence.WEEKLY, "TUE 03:30"),
                        Cadence.MONTHLY, CadenceTime.parse(Cadence.MONTHLY, "2 06:00")));
        InvoiceScheduler scheduler = scheduler(schedule, recording, lock);
        scheduler.start();

        assertThat(scheduler.nextRuns()).doesNotContainKey(Cadence.QUARTERLY);
        timer.advanceTo(Instant.parse("2026-12-02T06:00:00Z"));
        assertThat(runs)
                .containsExactly(
                        "2026-W47@2026-11-24T03:30:00Z",
                        "2026-W48@2026-12-01T03:30:00Z",
                        "2026-11@2026-12-02T06:00:00Z");
    }

    @Test
    void aDisabledScheduleArmsNothing() {
        InvoiceScheduler scheduler = scheduler(InvoiceSchedule.disabled(), recording, lock);
        scheduler.start();

        assertThat(scheduler.nextRuns()).isEmpty();
        assertThat(timer.pendingCount()).isZero();
    }

    @Test
    void closingCancelsWhatIsArmedClosesTheTimerAndCannotBeUndone() {
        InvoiceScheduler scheduler = defaultScheduler();
        scheduler.start();

        scheduler.close();
        scheduler.close();

        assertThat(timer.isClosed()).isTrue();
        assertThat(timer.pendingCount()).isZero();
        assertThat(scheduler.nextRuns()).isEmpty();
        assertThatThrownBy(scheduler::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void startingTwiceArmsEachCadenceOnce() {
        InvoiceScheduler scheduler = defaultScheduler();
        scheduler.start();
        scheduler.start();

        assertThat(timer.pendingCount()).isEqualTo(3);
    }

    @Test
    void theLockNamesAreOnePerCadence() {
        assertThat(InvoiceScheduler.lockName(Cadence.WEEKLY)).isEqualTo("invoice-run-weekly");
        assertThat(Optional.of(InvoiceScheduler.lockName(Cadence.QUARTERLY))).contains("invoice-run-quarterly");
    }

    private static InvoiceSchedule weeklyOnly() {
        return new InvoiceSchedule(true, Map.of(Cadence.WEEKLY, CadenceTime.defaultFor(Cadence.WEEKLY)));
    }
}
