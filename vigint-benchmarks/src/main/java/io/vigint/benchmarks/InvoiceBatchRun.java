package io.vigint.benchmarks;

import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.BillingSettings;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceRunReport;
import io.vigint.core.billing.InvoicingService;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.persistence.Database;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.billing.MyBatisInvoiceStore;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The invoice-batch benchmark's steps, driven by {@code bench/invoice-batch.sh} (not JMH: one batch is
 * seconds long and changes the database, so it is timed as a whole, several times, by the script):
 *
 * <ul>
 *   <li>{@code setup URL CLIENTS ROWS}: a fresh schema {@code vigint_bench_<hex>} migrated by Flyway, then
 *       CLIENTS clients and ROWS usage records generated with {@code generate_series} (October 2026, plus
 *       about 5% in early November that the batch must leave out; three endpoints, three prices, one of them
 *       varying in the sixth decimal); prints the schema name
 *   <li>{@code batch URL SCHEMA}: deletes earlier invoices, runs the batch for 2026-10 as {@code vigint
 *       invoices run} does ({@link InvoicingService} over {@link MyBatisInvoiceStore} and the billing profiles,
 *       default settings; the generated clients have no profile, so all are domestic at 21%) and
 *       prints {@code batch_ms invoices lines total}
 *   <li>{@code rows URL SCHEMA}: the number of usage records inside 2026-10
 *   <li>{@code drop URL SCHEMA}
 * </ul>
 */
public final class InvoiceBatchRun {
    private static final String PERIOD = "2026-10";

    private InvoiceBatchRun() {}

    public static void main(String[] args) throws SQLException {
        PrintStream out = System.out;
        switch (args.length > 0 ? args[0] : "") {
            case "setup" -> out.println(setup(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3])));
            case "batch" -> out.println(batch(args[1], checkedSchema(args[2])));
            case "rows" -> out.println(rowsInPeriod(args[1], checkedSchema(args[2])));
            case "drop" -> execute(args[1], "DROP SCHEMA IF EXISTS " + checkedSchema(args[2]) + " CASCADE");
            default -> {
                System.err.println("usage: InvoiceBatchRun setup URL CLIENTS ROWS | batch|rows|drop URL SCHEMA");
                System.exit(2);
            }
        }
    }

    static String setup(String url, int clients, long rows) throws SQLException {
        byte[] suffix = new byte[8];
        ThreadLocalRandom.current().nextBytes(suffix);
        String schema = "vigint_bench_" + HexFormat.of().formatHex(suffix);
        execute(url, "CREATE SCHEMA " + schema);
        try (Database db = Database.open(DatabaseSettings.of(schemaUrl(url, schema), null, null))) {
            // Flyway has created the tables; the data goes in through plain SQL, the fastest way.
        }
        String october = "TIMESTAMP WITH TIME ZONE '2026-10-01 00:00:00+00'";
        execute(
                schemaUrl(url, schema),
                "SET synchronous_commit = off",
                "INSERT INTO clients (name, name_key, email, email_key, description, active, created_at, updated_at)"
                        + " SELECT 'Client ' || g, 'client ' || g, 'c' || g || '@bench.example', 'c' || g || '@bench.example',"
                        + " NULL, TRUE, " + october + ", " + october + " FROM generate_series(1, " + clients + ") g",
                "DROP INDEX ix_usage_records_client_time",
                "INSERT INTO usage_records (client_id, api_key_id, endpoint, method, status_code, cost, currency,"
                        + " occurred_at, request_id)"
                        + " SELECT c.first + g % " + clients + ", NULL,"
                        + " (ARRAY['/api/video/analyze', '/api/video/buffer', '/api/alert'])[1 + g % 3], 'POST', 200,"
                        + " CASE g % 3 WHEN 0 THEN 0.05 WHEN 1 THEN 0.001 ELSE 0.10 + (g % 7) * 0.000001 END, 'EUR',"
                        + " " + october + " + ((g::bigint * 7919) % 2812320) * INTERVAL '1 second', 'bench-' || g"
                        + " FROM generate_series(1, " + rows + ") g, (SELECT MIN(id) AS first FROM clients) c",
                "CREATE INDEX ix_usage_records_client_time ON usage_records (client_id, occurred_at, id)",
                "ANALYZE");
        return schema;
    }

    static String batch(String url, String schema) throws SQLException {
        String measured = schemaUrl(url, schema);
        execute(measured, "DELETE FROM invoice_lines", "DELETE FROM invoices", "DELETE FROM invoice_counters");
        try (Database db = Database.open(DatabaseSettings.of(measured, null, null))) {
            Clock clock = Clock.fixed(Instant.parse("2026-11-02T00:05:00Z"), ZoneOffset.UTC);
            InvoicingService service = new InvoicingService(
                    db.stores().invoices(),
                    db.stores().billingProfiles(),
                    db.stores().invoiceFollowUps(),
                    db.stores().transactions(),
                    BillingSettings.DEFAULTS,
                    clock);
            long start = System.nanoTime();
            InvoiceRunReport report = service.runInvoices(
                            new RunInvoicesCommand(Optional.of(BillingPeriod.parse(PERIOD)), false))
                    .get(0);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long lines =
                    report.invoices().stream().mapToLong(i -> i.lines().size()).sum();
            BigDecimal total = report.invoices().stream()
                    .map(Invoice::total)
                    .map(m -> m.amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return millis + " " + report.invoices().size() + " " + lines + " " + total.toPlainString();
        }
    }

    private static String checkedSchema(String schema) {
        if (!schema.matches("vigint_bench_[0-9a-f]{16}")) {
            throw new IllegalArgumentException("not a benchmark schema: " + schema);
        }
        return schema;
    }

    private static String schemaUrl(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The number of usage rows in the period (a sanity check printed by the script). */
    static long rowsInPeriod(String url, String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(schemaUrl(url, schema));
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM usage_records WHERE occurred_at"
                        + " >= TIMESTAMP WITH TIME ZONE '2026-10-01 00:00:00+00' AND occurred_at"
                        + " < TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
