package io.vigint.cli;

import static io.vigint.core.testing.OriginalDeployment.SECOND_SHOP_KEY;
import static io.vigint.core.testing.OriginalDeployment.SECRET_KEY;
import static io.vigint.core.testing.OriginalDeployment.SHOP_KEY;
import static io.vigint.core.testing.OriginalDeployment.SHOP_OLD_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.cli.CliRun.Result;
import io.vigint.core.legacy.LegacyUsage;
import io.vigint.core.testing.OriginalDeployment;
import io.vigint.legacy.testing.OriginalSchema;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's migration test: an original deployment's database (two clients of the same name, three keys of
 * which one is inactive, usage, payment details; made with the original's SQLAlchemy schema) is imported with
 * {@code vigint import-legacy}, then a real server on the same database accepts the original's keys over HTTP
 * as its clients send them, refuses the inactive one, bills nothing twice, and takes the original's
 * {@code SECRET_KEY} as {@code X-Admin-Key}. Here the original is its SQLite {@code vigint.db} and Vigint runs
 * on the embedded H2 database; {@link PostgresLegacyImportIT} does both on PostgreSQL.
 */
class LegacyImportIT {
    @TempDir
    Path cwd;

    private final HttpClient http = HttpClient.newHttpClient();
    OriginalDeployment original;

    /** Vigint's database options (none: the embedded H2 database in ./vigint-data). */
    List<String> databaseOptions() {
        return List.of();
    }

    /** The database URL the server uses (null: the embedded one). */
    String serverDatabaseUrl() {
        return null;
    }

    /** Writes the original's database and returns what {@code --from} is given. */
    String writeOriginal(OriginalDeployment deployment) throws Exception {
        OriginalSchema.writeSqlite(cwd.resolve("vigint.db"), deployment);
        return "vigint.db";
    }

    /** Adds the original's usage rows above {@code afterId} to its database. */
    void appendUsage(OriginalDeployment deployment, long afterId) throws Exception {
        OriginalSchema.appendUsageSqlite(cwd.resolve("vigint.db"), deployment, afterId);
    }

    String from;

    @BeforeEach
    void writeTheOriginal() throws Exception {
        original = OriginalDeployment.shops();
        from = writeOriginal(original);
    }

    Result vigintWithInput(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(databaseOptions());
        return new CliRun(cwd).run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), all);
    }

    Result vigint(String... args) {
        return vigintWithInput("", args);
    }

    private JsonNode clientsJson() {
        Result list = vigint("clients", "list", "--output", "json");
        assertThat(list.status()).as(list.toString()).isZero();
        return list.json();
    }

    @Test
    void importedKeysWorkOverHttpTheInactiveOneIsRefusedAndUsageIsBilledOnce() throws Exception {
        Result dry = vigint("import-legacy", "--from", from, "--dry-run", "--output", "json");
        assertThat(dry.status()).as(dry.toString()).isZero();
        assertThat(dry.json().at("/dry_run").asBoolean()).isTrue();
        assertThat(dry.json().at("/clients/added").asInt()).isEqualTo(2);
        assertThat(dry.json().at("/api_keys/added").asInt()).isEqualTo(3);
        assertThat(dry.json().at("/usage_records/added").asInt()).isEqualTo(5);
        assertThat(dry.errLines()).contains("import-legacy: dry run done: nothing was written");
        assertThat(clientsJson().toString()).as("a dry run writes nothing").doesNotContain("Corner Shop");

        Result imported = vigintWithInput(SECRET_KEY + "\n", "import-legacy", "--from", from, "--secret-key-stdin");
        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(imported.out())
                .contains("Imported from ")
                .contains("client 2 name: \"Corner Shop\" -> \"Corner Shop (legacy 2)\"")
                .contains("SECRET_KEY: registered as an operator key")
                .doesNotContain(SECRET_KEY);
        assertThat(imported.errLines())
                .allMatch(line -> line.startsWith("import-legacy: "))
                .contains("import-legacy: usage: 5 new records", "import-legacy: done");
        JsonNode clients = clientsJson();

        Result again = vigintWithInput(
                SECRET_KEY + "\n", "import-legacy", "--from", from, "--secret-key-stdin", "--output", "json");
        assertThat(again.status()).as(again.toString()).isZero();
        for (String kind : List.of("clients", "api_keys", "usage_records", "payment_details")) {
            assertThat(again.json().at("/" + kind + "/added").asInt()).as(kind).isZero();
            assertThat(again.json().at("/" + kind + "/existing").asInt())
                    .as(kind)
                    .isEqualTo(dry.json().at("/" + kind + "/added").asInt());
        }
        assertThat(again.json().at("/operator_key").asText()).isEqualTo("existing");
        assertThat(clientsJson()).as("a re-import changes nothing").isEqualTo(clients);

        long shopId = again.json().at("/client_mapping/0/client_id").asLong();
        Result usage = vigint(
                "usage",
                "report",
                "--client-id",
                Long.toString(shopId),
                "--from",
                "2025-10-01",
                "--to",
                "2025-11-01",
                "--group-by",
                "none",
                "--output",
                "json");
        assertThat(usage.status()).as(usage.toString()).isZero();
        assertThat(usage.json().at("/usage"))
                .extracting(u -> u.get("request_id").asText())
                .containsExactly("legacy-usage-1", "legacy-usage-2", "legacy-usage-3", "legacy-usage-5");
        assertThat(usage.json().at("/totals/0/cost").decimalValue()).isEqualByComparingTo("0.102012");

        try (ServedVigint served = ServedVigint.start(cwd, serverDatabaseUrl(), Map.of())) {
            HttpResponse<String> bearer = get(served, "/api/usage", "Authorization", "Bearer " + SHOP_KEY);
            assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(200);
            JsonNode stats = ServedVigint.JSON.readTree(bearer.body());
            assertThat(stats.get("client_name").asText()).isEqualTo("Corner Shop");
            assertThat(stats.get("usage").toString()).contains("/api/video/alert");
            HttpResponse<String> header = get(served, "/api/usage", "X-API-Key", SECOND_SHOP_KEY);
            assertThat(header.statusCode()).as(header.body()).isEqualTo(200);
            assertThat(ServedVigint.JSON
                            .readTree(header.body())
                            .get("client_name")
                            .asText())
                    .isEqualTo("Corner Shop (legacy 2)");
            HttpResponse<String> health = get(served, "/api/health", "X-API-Key", SHOP_KEY);
            assertThat(health.statusCode()).isEqualTo(200);

            HttpResponse<String> inactive = get(served, "/api/usage", "Authorization", "Bearer " + SHOP_OLD_KEY);
            assertThat(inactive.statusCode()).isEqualTo(401);
            assertThat(inactive.body()).contains("KEY_REVOKED");
            assertThat(get(served, "/api/usage", "X-API-Key", OriginalDeployment.token(77))
                            .statusCode())
                    .isEqualTo(401);

            HttpResponse<String> admin = get(served, "/admin/clients", "X-Admin-Key", SECRET_KEY);
            assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
            assertThat(ServedVigint.JSON.readTree(admin.body()).get("count").asInt())
                    .isEqualTo(2);
            assertThat(get(served, "/admin/v1/clients", "X-Admin-Key", SECRET_KEY)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(get(served, "/admin/clients", "X-Admin-Key", SHOP_KEY).statusCode())
                    .isEqualTo(401);
        }
    }

    /**
     * Issue 13's legacy totals: the original priced calls VAT included (its invoice generator takes the
     * period's {@code sum(cost)} as the total and splits it as {@code subtotal = total / 1.21}, {@code VAT =
     * total - subtotal}, each printed to the cent). An imported client's monthly invoice here, over the same
     * rows, has that total, subtotal and VAT to the cent, and verifies.
     */
    @Test
    void anImportedClientsInvoiceTotalsWhatTheOriginalCharged() throws Exception {
        double[] costs = {
            0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.0123, 1.37, 0.2468, 2.5, 0.003, 0.75, 3.1415, 0.0010123456789
        };
        String[] endpoints = {"/api/video/analyze", "/api/video/alert", "/api/video/buffer"};
        for (int i = 0; i < costs.length; i++) {
            original.usage.add(new LegacyUsage(
                    6 + i,
                    1,
                    endpoints[i % endpoints.length],
                    "POST",
                    200,
                    new BigDecimal(Double.toString(costs[i])),
                    Instant.parse("2025-11-03T08:00:00Z").plusSeconds(3600L * i)));
        }
        appendUsage(original, 5);
        Result imported = vigint("import-legacy", "--from", from, "--output", "json");
        assertThat(imported.status()).as(imported.toString()).isZero();
        long shopId = imported.json().at("/client_mapping/0/client_id").asLong();

        Result run = vigint("invoices", "run", "--period", "2025-11", "--output", "json");
        assertThat(run.status()).as(run.toString()).isZero();
        Result list = vigint("invoices", "list", "--client-id", Long.toString(shopId), "--output", "json");
        JsonNode invoice = list.json().get(0);

        // what the original computed, with its floating point and its two-decimal formatting
        double total = 0;
        for (double cost : costs) {
            total += cost;
        }
        double subtotal = total / (1 + 0.21);
        assertThat(invoice.at("/prices_include_vat").asBoolean()).isTrue();
        assertThat(invoice.at("/vat_rate").asText()).isEqualTo("0.21");
        assertThat(new BigDecimal(invoice.at("/total").asText())).isEqualTo(printed(total));
        assertThat(new BigDecimal(invoice.at("/subtotal").asText())).isEqualTo(printed(subtotal));
        assertThat(new BigDecimal(invoice.at("/vat").asText())).isEqualTo(printed(total - subtotal));
        assertThat(invoice.at("/total").asText()).isEqualTo("8.37");
        BigDecimal lines = BigDecimal.ZERO;
        for (JsonNode line : invoice.at("/lines")) {
            lines = lines.add(new BigDecimal(line.at("/amount").asText()));
        }
        assertThat(lines)
                .as("the net lines add up to the subtotal")
                .isEqualByComparingTo(invoice.at("/subtotal").asText());
        Result verify = vigint("invoices", "verify", invoice.at("/number").asText());
        assertThat(verify.status()).as(verify.toString()).isZero();
    }

    /** A double as Python's {@code f"{x:.2f}"} prints it: the exact binary value rounded half-even. */
    private static BigDecimal printed(double value) {
        return new BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    @Test
    void usageAddedToTheOriginalSinceIsImportedOnceByTheNextRun() throws Exception {
        assertThat(vigint("import-legacy", "--from", from).status()).isZero();
        original.usage.add(new LegacyUsage(
                6,
                3,
                "/api/video/analyze",
                "POST",
                200,
                new BigDecimal("0.05"),
                Instant.parse("2025-10-08T10:00:00Z")));
        appendUsage(original, 5);

        Result next = vigint("import-legacy", "--from", from, "--output", "json");

        assertThat(next.status()).as(next.toString()).isZero();
        assertThat(next.json().at("/usage_records/added").asInt()).isEqualTo(1);
        assertThat(next.json().at("/usage_records/existing").asInt()).isEqualTo(5);
        assertThat(vigint("import-legacy", "--from", from, "--output", "json")
                        .json()
                        .at("/usage_records/added")
                        .asInt())
                .isZero();
    }

    @Test
    void badInputIsOneLineAndANonZeroExitAndWritesNothing() throws Exception {
        Path text = Files.writeString(cwd.resolve("notes.db"), "not a database\n".repeat(100));
        List<List<String>> runs = List.of(
                List.of("import-legacy", "--from", "missing.db"),
                List.of("import-legacy", "--from", text.toString()),
                List.of("import-legacy", "--from", "postgresql://postgres@127.0.0.1:1/vigint"),
                List.of("import-legacy", "--from", "mysql://h/db"));
        for (List<String> args : runs) {
            Result failed = vigint(args.toArray(String[]::new));
            assertThat(failed.status()).as(failed.toString()).isEqualTo(Main.FAILED);
            assertThat(failed.out()).isEmpty();
            assertThat(failed.errLines()).as(failed.toString()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("error: "));
        }
        assertThat(cwd.resolve("missing.db")).doesNotExist();
        Result weak = vigintWithInput("dev-secret-key\n", "import-legacy", "--from", from, "--secret-key-stdin");
        assertThat(weak.status()).isEqualTo(Main.FAILED);
        assertThat(weak.err()).contains("admin-keys create");
        Result noFrom = vigint("import-legacy");
        assertThat(noFrom.status()).isEqualTo(Main.USAGE);
        assertThat(clientsJson().toString()).doesNotContain("Corner Shop");
    }

    @Test
    void helpDescribesEveryOption() {
        Result help = new CliRun(cwd).run(List.of("import-legacy", "--help"));

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--from", "--dry-run", "--secret-key-stdin", "--output", "Exit status");
    }

    private HttpResponse<String> get(ServedVigint served, String path, String header, String value) throws Exception {
        return http.send(
                HttpRequest.newBuilder(served.server().uri().resolve(path))
                        .header(header, value)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
