package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import io.vigint.app.InvoiceScheduleModule;
import io.vigint.app.ServeModule;
import io.vigint.app.VigintApp;
import io.vigint.app.config.Settings;
import io.vigint.billing.schedule.InvoiceScheduler;
import io.vigint.cli.command.ServeCommandAccess;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.Iban;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.billing.PaymentDetailsUseCase;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.billing.SetPaymentDetailsCommand;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.money.Money;
import io.vigint.core.schedule.Cadence;
import io.vigint.core.schedule.InProcessJobLock;
import io.vigint.core.schedule.JobLock;
import io.vigint.core.schedule.ScheduledInvoiceRun;
import io.vigint.core.schedule.ScheduledPeriod;
import io.vigint.http.server.VigintServer;
import io.vigint.persistence.Database;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invoice scheduler as {@code vigint serve} wires it: the application's modules over the embedded
 * H2 database, the real timer thread, a clock set just before Monday 00:05 UTC, and either a recording
 * batch or the real one (which invoices the weekly clients and emails the invoice to the outbox).
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
        return injector(environment, true);
    }

    /** {@code serve}'s wiring; with {@code recording}, the batch is replaced by one that records its periods. */
    private Injector injector(Map<String, String> environment, boolean recording) {
        Settings settings = Settings.resolve(new Settings.Flags(null, dataDir, null), environment, dataDir.getParent());
        List<com.google.inject.Module> serve = List.of(
                new ServeModule(settings.server().withListen("127.0.0.1", 0)),
                new InvoiceScheduleModule(settings.schedule()));
        ScheduledInvoiceRun recorder = runs::add;
        injector = Guice.createInjector(
                Modules.override(VigintApp.modules(settings, serve)).with(new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(Clock.class).toInstance(clock);
                        if (recording) {
                            bind(ScheduledInvoiceRun.class).toInstance(recorder);
                        }
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
    void theScheduledRunInvoicesTheWeeklyClientsForTheWeekThatEndedAndEmailsTheInvoice() throws Exception {
        Injector wired = injector(
                Map.of("VIGINT_BILLING_SCHEDULE_MONTHLY", "off", "VIGINT_BILLING_SCHEDULE_QUARTERLY", "off"), false);
        ClientId weekly = wired.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand("Weekly", "weekly@example.com", null))
                .client()
                .id();
        ClientId monthly = wired.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand("Monthly", "monthly@example.com", null))
                .client()
                .id();
        wired.getInstance(PaymentDetailsUseCase.class)
                .setPaymentDetails(new SetPaymentDetailsCommand(
                        weekly,
                        PaymentMethod.BANK_TRANSFER,
                        BillingFrequency.WEEKLY,
                        false,
                        Optional.of(Iban.parse("DE89370400440532013000")),
                        Optional.empty(),
                        Optional.empty()));
        Database database = wired.getInstance(Database.class);
        usage(database, weekly, "0.05", "2026-11-16T08:00:00Z"); // W47
        usage(database, weekly, "0.05", "2026-11-22T23:59:59Z"); // W47
        usage(database, weekly, "0.05", "2026-11-09T08:00:00Z"); // W46: not this run's
        usage(database, monthly, "0.05", "2026-11-18T08:00:00Z"); // monthly: not a weekly run's
        InvoicingUseCase invoicing = wired.getInstance(InvoicingUseCase.class);
        InvoiceScheduler scheduler = wired.getInstance(InvoiceScheduler.class);

        scheduler.start();
        clock.advance(Duration.ofMillis(200));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (invoicing.listInvoices(Optional.empty(), Optional.empty()).isEmpty()) {
            assertThat(System.nanoTime()).as("no scheduled invoice").isLessThan(deadline);
            Thread.sleep(20);
        }
        awaitNextRun(scheduler, Instant.parse("2026-11-30T00:05:00Z"));
        scheduler.close();

        List<Invoice> invoices = invoicing.listInvoices(Optional.empty(), Optional.empty());
        assertThat(invoices).hasSize(1);
        Invoice invoice = invoices.get(0);
        assertThat(invoice.number()).hasValue(new InvoiceNumber(2026, 1));
        assertThat(invoice.clientId()).isEqualTo(weekly);
        assertThat(invoice.period().code()).isEqualTo("2026-W47");
        assertThat(invoice.lines()).singleElement().satisfies(line -> assertThat(line.count())
                .isEqualTo(2));
        assertThat(invoice.total()).isEqualTo(Money.of("0.12", "EUR"));
        List<Path> outbox;
        try (var files = Files.list(dataDir.resolve("outbox"))) {
            outbox = files.filter(f -> f.toString().endsWith(".eml")).toList();
        }
        assertThat(outbox).hasSize(1);
        String eml = Files.readString(outbox.get(0));
        assertThat(eml).contains("To: weekly@example.com", "VIGINT-2026-0001", "application/pdf");
    }

    private static void usage(Database database, ClientId client, String cost, String at) throws Exception {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO usage_records (client_id, endpoint,"
                        + " method, status_code, cost, currency, occurred_at, request_id)"
                        + " VALUES (?, '/api/video/analyze', 'POST', 200, ?, 'EUR', ?, ?)")) {
            insert.setLong(1, client.value());
            insert.setBigDecimal(2, new BigDecimal(cost));
            insert.setObject(3, OffsetDateTime.parse(at));
            insert.setString(4, "req-" + System.nanoTime());
            insert.executeUpdate();
        }
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
