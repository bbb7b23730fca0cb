package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.cli.CliRun.Result;
import io.vigint.core.client.ClientId;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.money.Money;
import io.vigint.core.usage.UsageRecord;
import io.vigint.persistence.Database;
import io.vigint.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigint usage report} on the embedded database, over records written by the usage store. */
class UsageReportCliIT {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path workingDirectory;

    private List<String> database() {
        return List.of("--data-dir", workingDirectory.resolve("data").toString());
    }

    private Result run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(database());
        return new CliRun(workingDirectory).run(all);
    }

    @BeforeEach
    void recordUsage() {
        Result created = run("clients", "create", "--name", "Acme", "--email", "ops@acme.example", "--output", "json");
        assertThat(created.status()).as(created.toString()).isZero();
        Result other = run("clients", "create", "--name", "Beta", "--email", "ops@beta.example");
        assertThat(other.status()).isZero();
        ClientId acme = new ClientId(created.json().at("/client/id").asLong());
        try (Database db = Database.open(DatabaseSettings.embedded(workingDirectory.resolve("data")))) {
            db.stores()
                    .usage()
                    .append(List.of(
                            record(acme, "/api/video/analyze", "0.05", "2026-11-02T10:00:00Z", "r1"),
                            record(acme, "/api/video/analyze", "0.05", "2026-11-02T23:59:59Z", "r2"),
                            record(acme, "/api/health", "0", "2026-11-03T00:00:00Z", "r3"),
                            record(acme, "/api/video/analyze", "0.05", "2026-12-01T00:00:00Z", "december"),
                            record(
                                    new ClientId(acme.value() + 1),
                                    "/api/video/analyze",
                                    "0.05",
                                    "2026-11-02T10:00:00Z",
                                    "beta")));
        }
    }

    private static UsageRecord record(ClientId client, String endpoint, String cost, String at, String id) {
        return new UsageRecord(
                new ApiKeyId(1), client, endpoint, "POST", 200, Money.of(cost, "EUR"), Instant.parse(at), id);
    }

    @Test
    void reportsCallsAndCostPerEndpointForThePeriod() {
        Result report = run("usage", "report", "--client-id", "1", "--from", "2026-11-01", "--to", "2026-12-01");

        assertThat(report.status()).as(report.toString()).isZero();
        assertThat(report.out())
                .isEqualTo(
                        "Usage of client 1 (Acme) from 2026-11-01T00:00:00Z to 2026-12-01T00:00:00Z, per endpoint:" + NL
                                + "ENDPOINT            CALLS  COST" + NL
                                + "/api/health         1      0 EUR" + NL
                                + "/api/video/analyze  2      0.1 EUR" + NL
                                + "Total: 3 calls, 0.1 EUR" + NL);
    }

    @Test
    void reportsPerDayAsJson() {
        Result report = run(
                "usage",
                "report",
                "--client-id",
                "1",
                "--from",
                "2026-11-01",
                "--to",
                "2026-12-01",
                "--group-by",
                "day",
                "--output",
                "json");

        assertThat(report.status()).as(report.toString()).isZero();
        JsonNode json = report.json();
        assertThat(json.get("client_name").asText()).isEqualTo("Acme");
        assertThat(json.at("/usage/0/day").asText()).isEqualTo("2026-11-02");
        assertThat(json.at("/usage/0/count").asLong()).isEqualTo(2);
        assertThat(json.at("/usage/0/cost").decimalValue()).isEqualByComparingTo("0.10");
        assertThat(json.at("/usage/1/day").asText()).isEqualTo("2026-11-03");
        assertThat(json.at("/totals/0/count").asLong()).isEqualTo(3);
        assertThat(json.at("/totals/0/cost").decimalValue()).isEqualByComparingTo("0.10");
    }

    @Test
    void listsEveryCallWithGroupByNone() {
        Result report = run(
                "usage",
                "report",
                "--client-id",
                "1",
                "--from",
                "2026-11-01",
                "--to",
                "2026-12-01",
                "--group-by",
                "none",
                "--output",
                "json");

        assertThat(report.json().get("usage").findValuesAsText("request_id")).containsExactly("r1", "r2", "r3");
    }

    @Test
    void badInputIsOneLineAndTheRightExitStatus() {
        Result unknown = run("usage", "report", "--client-id", "9");
        assertThat(unknown.status()).isEqualTo(Main.FAILED);
        assertThat(unknown.err()).isEqualTo("error: No client with id 9" + NL);

        Result badDay = run("usage", "report", "--client-id", "1", "--from", "November");
        assertThat(badDay.status()).isEqualTo(Main.USAGE);
        assertThat(badDay.errLines()).hasSize(1);

        Result backwards = run("usage", "report", "--client-id", "1", "--from", "2026-12-01", "--to", "2026-11-01");
        assertThat(backwards.status()).isEqualTo(Main.FAILED);
        assertThat(backwards.err()).startsWith("error: The period must start before it ends");
    }
}
