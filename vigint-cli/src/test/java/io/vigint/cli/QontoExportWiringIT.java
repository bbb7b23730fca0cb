package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.name.Names;
import io.vigint.app.AccountingExportWorkerModule;
import io.vigint.app.ServeModule;
import io.vigint.app.VigintApp;
import io.vigint.app.config.Settings;
import io.vigint.core.accounting.AccountingExportUseCase;
import io.vigint.core.accounting.ExportEntry;
import io.vigint.core.accounting.ExportState;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.Iban;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.billing.PaymentDetailsUseCase;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.billing.SetPaymentDetailsCommand;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.http.HttpModule;
import io.vigint.persistence.Database;
import io.vigint.qonto.FakeQonto;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accounting export as the application wires it, with {@code billing.qonto.*} from the environment:
 * the invoice batch queues what it issued, and {@code serve}'s worker thread sends it to a fake Qonto on a
 * free port. The stored invoice does not carry the customer's address yet, so a customer Qonto does not
 * know is refused (422, kept as the export's error) while one already in Qonto is exported.
 */
class QontoExportWiringIT {
    private static final String SLUG = "acme-sas-4242";
    private static final String SECRET = "sk-" + Long.toHexString(Double.doubleToLongBits(Math.E)) + "-wiring";

    @TempDir
    Path dataDir;

    private FakeQonto qonto;
    private Injector injector;
    private Set<AutoCloseable> resources = Set.of();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        if (injector != null) {
            injector.getInstance(Database.class).close();
        }
        if (qonto != null) {
            qonto.close();
        }
    }

    @Test
    void issuedInvoicesAreQueuedByTheBatchAndSentToQontoByTheServer() throws Exception {
        qonto = new FakeQonto(SLUG, SECRET);
        Settings settings = Settings.resolve(
                new Settings.Flags(null, dataDir, null),
                Map.of(
                        "VIGINT_QONTO_ENABLED",
                        "true",
                        "VIGINT_QONTO_BASE_URL",
                        qonto.baseUrl().toString(),
                        "VIGINT_QONTO_ORGANIZATION_SLUG",
                        SLUG,
                        "VIGINT_QONTO_SECRET_KEY",
                        SECRET,
                        "VIGINT_QONTO_IBAN",
                        "FR7630006000011234567890189",
                        "VIGINT_QONTO_POLL_INTERVAL",
                        "1s"),
                dataDir.getParent());
        injector = Guice.createInjector(VigintApp.modules(
                settings,
                List.of(
                        new ServeModule(settings.server().withListen("127.0.0.1", 0)),
                        new AccountingExportWorkerModule(settings.qonto()))));
        ClientId known = client("Known", "known@example.com");
        ClientId unknown = client("Unknown", "unknown@example.com");
        qonto.addClient((ObjectNode) new ObjectMapper()
                .readTree("{\"kind\":\"company\",\"name\":\"Known SA\",\"email\":\"known@example.com\","
                        + "\"billing_address\":{\"street_address\":\"1 rue\",\"city\":\"Lyon\",\"zip_code\":\"69001\","
                        + "\"country_code\":\"FR\"}}"));
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        usage(known, lastMonth.atDay(3) + "T10:00:00Z");
        usage(known, lastMonth.atDay(4) + "T10:00:00Z");
        usage(unknown, lastMonth.atDay(5) + "T10:00:00Z");

        injector.getInstance(InvoicingUseCase.class)
                .runInvoices(new RunInvoicesCommand(Optional.of(BillingPeriod.parse(lastMonth.toString())), false));
        AccountingExportUseCase exports = injector.getInstance(AccountingExportUseCase.class);
        assertThat(exports.status(Optional.empty()))
                .extracting(ExportEntry::state)
                .containsOnly(ExportState.PENDING)
                .hasSize(2);
        assertThat(qonto.requests).isEmpty();

        resources = injector.getInstance(
                Key.get(new TypeLiteral<Set<AutoCloseable>>() {}, Names.named(HttpModule.SERVER_RESOURCES)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (exports.status(Optional.empty()).stream().anyMatch(e -> e.state() == ExportState.PENDING)) {
            assertThat(System.nanoTime()).as("exports still pending").isLessThan(deadline);
            Thread.sleep(50);
        }

        String year = String.valueOf(YearMonth.now(ZoneOffset.UTC).getYear());
        ExportEntry done =
                exports.status(Optional.of("VIGINT-" + year + "-0001")).get(0);
        ExportEntry failed =
                exports.status(Optional.of("VIGINT-" + year + "-0002")).get(0);
        assertThat(done.state()).isEqualTo(ExportState.DONE);
        assertThat(failed.state()).isEqualTo(ExportState.FAILED);
        assertThat(failed.lastError())
                .contains("Qonto POST /v2/client_invoices: HTTP 422: /data/attributes/client/billing_address: "
                        + "the client's address is required for invoicing");
        assertThat(qonto.invoices()).singleElement().satisfies(invoice -> {
            assertThat(invoice.path("id").asText()).isEqualTo(done.externalId().orElseThrow());
            assertThat(invoice.path("number").asText()).isEqualTo("VIGINT-" + year + "-0001");
            JsonNode item = invoice.path("items").get(0);
            assertThat(item.path("title").asText()).isEqualTo("/api/video/analyze");
            assertThat(item.path("quantity").asText()).isEqualTo("2");
            assertThat(item.path("unit_price").path("value").asText()).isEqualTo("0.05");
            assertThat(item.path("vat_rate").asText()).isEqualTo("0.21");
        });
        assertThat(qonto.requests)
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo(SLUG + ":" + SECRET));
    }

    private ClientId client(String name, String email) {
        ClientId id = injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand(name, email, null))
                .client()
                .id();
        injector.getInstance(PaymentDetailsUseCase.class)
                .setPaymentDetails(new SetPaymentDetailsCommand(
                        id,
                        PaymentMethod.BANK_TRANSFER,
                        BillingFrequency.MONTHLY,
                        false,
                        Optional.of(Iban.parse("DE89370400440532013000")),
                        Optional.empty(),
                        Optional.empty()));
        return id;
    }

    private void usage(ClientId client, String at) throws Exception {
        try (Connection c = injector.getInstance(Database.class).dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO usage_records (client_id, endpoint,"
                        + " method, status_code, cost, currency, occurred_at, request_id)"
                        + " VALUES (?, '/api/video/analyze', 'POST', 200, ?, 'EUR', ?, ?)")) {
            insert.setLong(1, client.value());
            insert.setBigDecimal(2, new BigDecimal("0.05"));
            insert.setObject(3, OffsetDateTime.parse(at));
            insert.setString(4, "req-" + System.nanoTime());
            insert.executeUpdate();
        }
    }
}
