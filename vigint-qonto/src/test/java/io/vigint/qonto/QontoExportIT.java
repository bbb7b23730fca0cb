package io.vigint.qonto;

import static io.vigint.qonto.QontoTestInvoices.SECRET;
import static io.vigint.qonto.QontoTestInvoices.SLUG;
import static io.vigint.qonto.QontoTestInvoices.addressed;
import static io.vigint.qonto.QontoTestInvoices.invoice;
import static io.vigint.qonto.QontoTestInvoices.settings;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.vigint.core.accounting.AccountingExportService;
import io.vigint.core.accounting.AccountingInvoice;
import io.vigint.core.accounting.AccountingInvoiceSource;
import io.vigint.core.accounting.ExportEntry;
import io.vigint.core.accounting.ExportRetry;
import io.vigint.core.accounting.ExportState;
import io.vigint.core.contract.MutableClock;
import io.vigint.persistence.Database;
import io.vigint.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The export queue end to end: {@link AccountingExportService} over the real {@code accounting_exports}
 * table (an H2 file database) and {@link QontoLedger} against {@link FakeQonto} on a free port.
 */
class QontoExportIT {
    private static final ExportRetry RETRY =
            new ExportRetry(5, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(5), 10);

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));
    private final List<Database> databases = new ArrayList<>();
    private FakeQonto qonto;
    private final Map<String, AccountingInvoice> invoices = new java.util.concurrent.ConcurrentHashMap<>();
    private final AccountingInvoiceSource source = number -> Optional.ofNullable(invoices.get(number));
    private ListAppender<ILoggingEvent> logs;
    private Logger root;
    private Level rootLevel;

    @BeforeEach
    void start() {
        qonto = new FakeQonto(SLUG, SECRET);
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        databases.forEach(Database::close);
        qonto.close();
    }

    /** A server process: the database opened over the same data directory, a ledger, the service. */
    private AccountingExportService server() {
        Database database = Database.open(DatabaseSettings.embedded(dataDir));
        databases.add(database);
        return new AccountingExportService(
                database.stores().accountingExports(),
                source,
                Optional.of(new QontoLedger(settings(qonto.baseUrl()))),
                RETRY,
                clock);
    }

    private void issue(String number, AccountingInvoice.Customer customer) {
        invoices.put(number, invoice(number, customer));
    }

    @Test
    void anInvoiceIsCreatedExactlyOnceAfterTwoFailures() {
        issue("VIGINT-2026-0001", addressed());
        AccountingExportService service = server();
        service.enqueueIssued(List.of("VIGINT-2026-0001"));
        qonto.fail("POST", "/v2/client_invoices", 500, null, 1);
        qonto.loseAnswer("POST", "/v2/client_invoices");

        ExportEntry first = service.exportDue().get(0);
        assertThat(first.state()).isEqualTo(ExportState.PENDING);
        assertThat(first.lastError()).contains("Qonto POST /v2/client_invoices: HTTP 500: Something went wrong");
        assertThat(qonto.invoices()).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        ExportEntry second = service.exportDue().get(0);
        assertThat(second.state()).isEqualTo(ExportState.PENDING);
        assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));
        assertThat(qonto.invoices()).hasSize(1);
        clock.advance(Duration.ofSeconds(59));
        assertThat(service.exportDue()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        ExportEntry third = service.exportDue().get(0);

        assertThat(qonto.invoices()).hasSize(1);
        assertThat(qonto.clients()).hasSize(1);
        assertThat(third.state()).isEqualTo(ExportState.DONE);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.externalId())
                .contains(qonto.invoices().get(0).path("id").asText());
        // The third attempt finds the invoice the lost answer created by its number, and posts nothing.
        assertThat(qonto.requests("POST", "/v2/client_invoices"))
                .hasSize(2)
                .extracting(r -> r.header("X-Qonto-Idempotency-Key"))
                .containsOnly(AccountingExportService.idempotencyKey("VIGINT-2026-0001"));
        clock.advance(Duration.ofHours(1));
        service.enqueueIssued(List.of("VIGINT-2026-0001"));
        assertThat(service.exportDue()).isEmpty();
        assertThat(qonto.invoices()).hasSize(1);
    }

    @Test
    void aValidationErrorMarksTheExportFailedWithQontosMessage() {
        issue("VIGINT-2026-0002", AccountingInvoice.Customer.named("Acme", "billing@acme.example"));
        AccountingExportService service = server();
        service.enqueue("VIGINT-2026-0002");

        ExportEntry entry = service.exportDue().get(0);

        assertThat(entry.state()).isEqualTo(ExportState.FAILED);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError())
                .contains("Qonto POST /v2/client_invoices: HTTP 422: /data/attributes/client/billing_address: "
                        + "the client's address is required for invoicing");
        clock.advance(Duration.ofHours(2));
        assertThat(service.exportDue()).isEmpty();
        assertThat(service.status(Optional.of("VIGINT-2026-0002"))).containsExactly(entry);

        // The operator completes the client's address in Qonto, then queues the invoice again.
        qonto.clients().get(0).putObject("billing_address").put("country_code", "FR");
        assertThat(service.enqueue("VIGINT-2026-0002").state()).isEqualTo(ExportState.PENDING);
        assertThat(service.exportDue().get(0).state()).isEqualTo(ExportState.DONE);
        assertThat(qonto.invoices()).hasSize(1);
    }

    @Test
    void aRestartedServerResumesTheQueue() {
        issue("VIGINT-2026-0003", addressed());
        issue("VIGINT-2026-0004", addressed());
        AccountingExportService before = server();
        before.enqueueIssued(List.of("VIGINT-2026-0003", "VIGINT-2026-0004"));
        qonto.fail("GET", "/v2/client_invoices", 503, "120", 1);
        qonto.loseAnswer("POST", "/v2/client_invoices");
        List<ExportEntry> outcomes = before.exportDue();
        assertThat(outcomes).extracting(ExportEntry::state).containsOnly(ExportState.PENDING);
        assertThat(outcomes.get(0).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(120));
        assertThat(qonto.invoices()).hasSize(1);
        databases.remove(0).close();

        clock.advance(Duration.ofMinutes(2));
        AccountingExportService after = server();
        List<ExportEntry> resumed = after.exportDue();

        assertThat(resumed).extracting(ExportEntry::state).containsOnly(ExportState.DONE);
        assertThat(resumed)
                .extracting(ExportEntry::number)
                .containsExactlyInAnyOrder("VIGINT-2026-0003", "VIGINT-2026-0004");
        assertThat(qonto.invoices()).hasSize(2);
        assertThat(qonto.invoices())
                .extracting(i -> i.path("number").asText())
                .containsExactlyInAnyOrder("VIGINT-2026-0003", "VIGINT-2026-0004");
    }

    @Test
    void aClaimWhoseServerDiedIsTakenOverWhenItsLeaseEnds() {
        issue("VIGINT-2026-0005", addressed());
        AccountingExportService dying = server();
        dying.enqueueIssued(List.of("VIGINT-2026-0005"));
        databases
                .get(0)
                .stores()
                .accountingExports()
                .claim(clock.instant(), clock.instant().plus(RETRY.lease()), 10);
        databases.remove(0).close();

        AccountingExportService survivor = server();
        assertThat(survivor.exportDue()).isEmpty();
        clock.advance(RETRY.lease());
        ExportEntry entry = survivor.exportDue().get(0);

        assertThat(entry.state()).isEqualTo(ExportState.DONE);
        assertThat(entry.attempts()).isEqualTo(2);
        assertThat(qonto.invoices()).hasSize(1);
    }

    @Test
    void theSecretIsNeverLoggedNorStored() throws Exception {
        issue("VIGINT-2026-0006", addressed());
        issue("VIGINT-2026-0007", AccountingInvoice.Customer.named("Acme", "billing@acme.example"));
        AccountingExportService service = server();
        service.enqueueIssued(List.of("VIGINT-2026-0006", "VIGINT-2026-0007"));
        qonto.fail("GET", "/v2/client_invoices", 500, null, 1);
        service.exportDue();
        clock.advance(Duration.ofMinutes(5));
        service.exportDue();

        assertThat(service.status(Optional.empty()))
                .extracting(ExportEntry::state)
                .containsExactlyInAnyOrder(ExportState.DONE, ExportState.FAILED);
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list)
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("VIGINT-2026-0006"));
        for (ILoggingEvent event : logs.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(SECRET);
            if (event.getThrowableProxy() != null) {
                assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy()))
                        .doesNotContain(SECRET);
            }
        }
        int cells = 0;
        try (Connection connection = databases.get(0).dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM accounting_exports")) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    assertThat(String.valueOf(rows.getObject(c)))
                            .doesNotContain(SECRET)
                            .doesNotContain(SLUG + ":");
                    cells++;
                }
            }
        }
        assertThat(cells).isEqualTo(2 * 9);
    }
}
