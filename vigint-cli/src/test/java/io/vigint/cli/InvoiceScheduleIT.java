package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import io.vigint.billing.schedule.InvoiceScheduler;
import io.vigint.cli.command.ServeCommandAccess;
import io.vigint.cli.config.Settings;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.schedule.Cadence;
import io.vigint.core.schedule.InProcessJobLock;
import io.vigint.core.schedule.JobLock;
import io.vigint.core.schedule.ScheduledInvoiceRun;
import io.vigint.core.schedule.ScheduledPeriod;
import io.vigint.http.server.VigintServer;
import io.vigint.persistence.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invoice scheduler as {@code vigint serve} wires it: the application's modules over the embedded
 * H2 database, the real timer thread, a clock set just before Monday 00:05 UTC and a recording batch.
 */
class InvoiceScheduleIT {
    private static final Instant JUST_BEFORE_MONDAY_0005 = Instant.parse("2026-11-23T00:04:59.800Z");

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(JUST_BEFORE_MONDAY_0005);
    private final BlockingQueue<ScheduledPeriod> runs = new LinkedBlockingQueue<>();
    private Injector injector;

    @AfterEach
    void closeDatabase() {
        if (injector != null) {
            injector.getInstance(VigintServer.class).stop(Duration.ofSeconds(5));
            injector.getInstance(Database.class).close();
        }
    }

    private Injector injector(Map<String, String> environment) {
        Settings settings = Settings.resolve(new Settings.Flags(null, dataDir, null), environment, dataDir.getParent());
        List<com.google.inject.Module> serve = List.of(
                new ServeModule(settings.server().withListen("127.0.0.1", 0)),
                new InvoiceScheduleModule(settings.schedule()));
        ScheduledInvoiceRun recording = runs::add;
        injector = Guice.createInjector(
                Modules.override(Main.modules(settings, serve)).with(new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(Clock.class).toInstance(clock);
                        bind(ScheduledInvoiceRun.class).toInstance(recording);
                    }
                }));
        return injector;
    }

    @Test
    void atMonday0005TheServerRunsTheWeekThatEndedAndStoppingTheServerClosesTheScheduler() throws Exception {
        Injector wired = injector(Map.of());
        VigintServer server = wired.getInstance(VigintServer.class);
        server.start();
        InvoiceScheduler scheduler = wired.getInstance(InvoiceScheduler.class);

        String line = ServeCommandAccess.startInvoiceSchedule(scheduler);

        assertThat(line)
                .isEqualTo(
                        "Invoice batch scheduled (UTC): weekly MON 00:05 (next 2026-11-23T00:05:00Z), monthly 1 00:05"
                                + " (next 2026-12-01T00:05:00Z), quarterly 1 00:05 (next 2027-01-01T00:05:00Z)");
        clock.advance(Duration.ofMillis(200));
        ScheduledPeriod period = runs.poll(30, TimeUnit.SECONDS);
        assertThat(period).isNotNull();
        assertThat(period.label()).isEqualTo("2026-W47");

        server.stop(Duration.ofSeconds(5));
        assertThat(scheduler.nextRuns()).isEmpty();
        assertThatThrownBy(scheduler::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onH2TheLockIsHeldInTheProcessAndTheSchedulerSkipsARunItCannotLock() throws Exception {
        Injector wired =
                injector(Map.of("VIGINT_BILLING_SCHEDULE_MONTHLY", "off", "VIGINT_BILLING_SCHEDULE_QUARTERLY", "off"));
        JobLock lock = wired.getInstance(JobLock.class);
        assertThat(lock).isInstanceOf(InProcessJobLock.class);
        InvoiceScheduler scheduler = wired.getInstance(InvoiceScheduler.class);

        try (JobLock.Held otherServer =
                lock.tryLock(InvoiceScheduler.lockName(Cadence.WEEKLY)).orElseThrow()) {
            scheduler.start();
            clock.advance(Duration.ofMillis(200));
            Instant following = Instant.parse("2026-11-30T00:05:00Z");
            awaitNextRun(scheduler, following);
        }
        assertThat(runs).isEmpty();
        scheduler.close();
    }

    @Test
    void aScheduleSwitchedOffSaysSoAndArmsNothing() {
        InvoiceScheduler scheduler =
                injector(Map.of("VIGINT_BILLING_SCHEDULE_ENABLED", "false")).getInstance(InvoiceScheduler.class);

        assertThat(ServeCommandAccess.startInvoiceSchedule(scheduler))
                .isEqualTo("The invoice batch is not scheduled (billing.schedule.enabled=false or every cadence off).");
        assertThat(scheduler.nextRuns()).isEmpty();
    }

    /** Waits (at most 30 s) until the weekly run skipped its turn and armed the following Monday. */
    private static void awaitNextRun(InvoiceScheduler scheduler, Instant expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!expected.equals(scheduler.nextRuns().get(Cadence.WEEKLY))) {
            assertThat(System.nanoTime()).as("the weekly run was not re-armed").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
