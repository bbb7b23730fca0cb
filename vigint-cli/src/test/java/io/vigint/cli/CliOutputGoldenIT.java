package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import io.vigint.cli.CliRun.Result;
import io.vigint.cli.CliRun.ScriptedTerminal;
import io.vigint.core.client.ClientId;
import io.vigint.core.testing.OriginalDeployment;
import io.vigint.core.usage.IngestUsage;
import io.vigint.legacy.testing.OriginalSchema;
import io.vigint.persistence.Database;
import io.vigint.persistence.DatabaseSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code vigint} command that prints a result, run in-process on a fresh embedded H2 database with
 * a fixed clock (2 December 2026, 09:00 UTC), once with text output and once with {@code --output json}.
 * Each step's exit status, standard output and standard error are compared with a golden file under
 * {@code src/test/resources/golden/cli/<format>/}, recorded from the code before the CLI output moved to
 * view records: any change to what a command prints fails here.
 *
 * <p>Only values that differ from run to run are normalised: plain keys and their display prefixes
 * ({@code vgt_…}, {@code vgo_…}) become numbered placeholders of the same length (the same key keeps its
 * number, so a prefix still has to match its key), the temporary directory becomes {@code <work>}, a PDF's
 * byte count {@code <n> bytes} and the closed SMTP port {@code <port>}.
 *
 * <p>Every run also writes what it saw to {@code target/golden-actual/<format>/}, for diffing.
 *
 * <p>To record the files again (only when an output change is intended), run with the environment
 * variable {@code VIGINT_GOLDEN_RECORD=1}; the test then writes the files under {@code src/test/resources}
 * and fails so that a recording run is never mistaken for a check.
 */
class CliOutputGoldenIT {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Path SOURCE_FOLDER = Path.of("src", "test", "resources", "golden", "cli");
    private static final boolean RECORD = "1".equals(System.getenv("VIGINT_GOLDEN_RECORD"));
    /** A plain key (prefix and 43 more characters of its 256-bit body) or only its 12-character prefix. */
    private static final Pattern SECRET = Pattern.compile("(vg[to]_)([A-Za-z0-9_-]{8})([A-Za-z0-9_-]{35})?");

    private static final Pattern PDF_SIZE = Pattern.compile("\\(\\d+ bytes\\)");

    @TempDir
    Path workingDirectory;

    @Test
    void textOutputOfEveryCommandIsUnchanged() throws Exception {
        assertUnchanged("text");
    }

    @Test
    void jsonOutputOfEveryCommandIsUnchanged() throws Exception {
        assertUnchanged("json");
    }

    private void assertUnchanged(String format) throws Exception {
        Scenario scenario = new Scenario(format);
        try {
            scenario.play();
        } finally {
            Path actual = Path.of("target", "golden-actual", format);
            Files.createDirectories(actual);
            for (Map.Entry<String, String> step : scenario.transcripts.entrySet()) {
                Files.writeString(actual.resolve(step.getKey() + ".txt"), step.getValue(), StandardCharsets.UTF_8);
            }
        }
        SoftAssertions softly = new SoftAssertions();
        if (RECORD) {
            Path folder = SOURCE_FOLDER.resolve(format);
            Files.createDirectories(folder);
            for (Map.Entry<String, String> step : scenario.transcripts.entrySet()) {
                Files.writeString(folder.resolve(step.getKey() + ".txt"), step.getValue(), StandardCharsets.UTF_8);
            }
            softly.fail("recorded " + scenario.transcripts.size() + " golden files in " + folder.toAbsolutePath()
                    + "; run again without VIGINT_GOLDEN_RECORD to check them");
        }
        for (Map.Entry<String, String> step : scenario.transcripts.entrySet()) {
            String name = "golden/cli/" + format + "/" + step.getKey() + ".txt";
            softly.assertThat(step.getValue()).as(name).isEqualTo(golden(name));
        }
        softly.assertAll();
    }

    private static String golden(String resource) {
        try (InputStream in = CliOutputGoldenIT.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null
                    ? "(no golden file " + resource + ")"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One run of the scenario in its own data directory, in one output format. */
    private final class Scenario {
        private final String format;
        private final Path dataDir;
        private final Map<String, String> transcripts = new LinkedHashMap<>();
        private final Map<String, String> secretLabels = new HashMap<>();
        private int closedPort;

        Scenario(String format) {
            this.format = format;
            this.dataDir = workingDirectory.resolve("data-" + format);
        }

        void play() throws Exception {
            clientsAndKeys();
            operatorKeys();
            usage();
            billing();
            invoices();
            failures();
            legacyImport();
            help();
        }

        /** The help of every command this test covers (picocli prints it before any database is opened). */
        private void help() {
            Map<String, List<String>> commands = new LinkedHashMap<>();
            commands.put(
                    "clients",
                    List.of(
                            "create",
                            "list",
                            "revoke",
                            "reactivate",
                            "delete",
                            "set-login",
                            "set-rate-limit",
                            "set-ingest-limit"));
            commands.put("keys", List.of("create", "list", "rotate"));
            commands.put("admin-keys", List.of("create", "list", "revoke"));
            commands.put("usage", List.of("report"));
            commands.put("billing", List.of("set-payment", "show-payment", "set-profile", "show-profile"));
            commands.put(
                    "invoices",
                    List.of(
                            "run",
                            "list",
                            "show",
                            "send",
                            "verify",
                            "pay",
                            "mark-paid",
                            "credit",
                            "credit-notes",
                            "follow-up",
                            "void",
                            "export",
                            "export-status"));
            commands.put("import-legacy", List.of());
            commands.forEach((command, subcommands) -> {
                step("help-" + command, command, "--help");
                subcommands.forEach(sub -> step("help-" + command + "-" + sub, command, sub, "--help"));
            });
        }

        private void clientsAndKeys() {
            step("01-clients-list-empty", "clients", "list");
            step(
                    "02-clients-create",
                    "clients",
                    "create",
                    "--name",
                    "Acme Corporation",
                    "--email",
                    "security@acme.com",
                    "--description",
                    "Cameras at the front gate");
            step(
                    "03-clients-create-no-description",
                    "clients",
                    "create",
                    "--name",
                    "Beta",
                    "--email",
                    "ops@beta.example");
            step("04-keys-create", "keys", "create", "--client-id", "1", "--name", "ci", "--expires-in", "30d");
            step("05-keys-create-default-name", "keys", "create", "--client-id", "2");
            step("06-keys-list", "keys", "list", "--client-id", "1");
            step("07-clients-list", "clients", "list");
            step("08-clients-revoke", "clients", "revoke", "--client-id", "1");
            step("09-clients-reactivate-key", "clients", "reactivate", "--client-id", "1", "--key-id", "3");
            step("10-clients-reactivate", "clients", "reactivate", "--client-id", "1");
            step("11-clients-revoke-key", "clients", "revoke", "--client-id", "2", "--key-id", "4");
            step("12-keys-rotate-grace", "keys", "rotate", "--key-id", "3", "--grace", "1h");
            step("13-keys-rotate-now", "keys", "rotate", "--key-id", "1");
            stepAt(
                    "14-keys-list-later",
                    Clock.fixed(NOW.plus(java.time.Duration.ofDays(31)), ZoneOffset.UTC),
                    "keys",
                    "list",
                    "--client-id",
                    "1");
            stepWithInput(
                    "15-clients-set-login",
                    "s3cret-pass\n",
                    "clients",
                    "set-login",
                    "--client-id",
                    "1",
                    "--username",
                    "acme.ops",
                    "--password-stdin");
            step("16-clients-set-rate-limit", "clients", "set-rate-limit", "--client-id", "1", "--per-minute", "120");
            step("17-clients-set-rate-limit-default", "clients", "set-rate-limit", "--client-id", "1", "--default");
            step(
                    "17b-clients-set-ingest-limit",
                    "clients",
                    "set-ingest-limit",
                    "--client-id",
                    "1",
                    "--frames-per-second",
                    "25",
                    "--bytes-per-second",
                    "default");
            step(
                    "17c-clients-set-ingest-limit-default",
                    "clients",
                    "set-ingest-limit",
                    "--client-id",
                    "1",
                    "--frames-per-second",
                    "default",
                    "--bytes-per-second",
                    "default");
            step("18-clients-create-to-delete", "clients", "create", "--name", "Gone", "--email", "gone@example.com");
            step("19-clients-delete-refused", "clients", "delete", "--client-id", "3");
            stepOnTerminal(
                    "20-clients-delete-confirmed",
                    new ScriptedTerminal("Gone"),
                    "clients",
                    "delete",
                    "--client-id",
                    "3");
            step(
                    "21-clients-create-to-force-delete",
                    "clients",
                    "create",
                    "--name",
                    "Gone2",
                    "--email",
                    "gone2@example.com");
            step("22-clients-delete-forced", "clients", "delete", "--client-id", "4", "--force");
        }

        private void operatorKeys() {
            step("30-admin-keys-list-empty", "admin-keys", "list");
            step("31-admin-keys-create", "admin-keys", "create", "--name", "ops-laptop");
            step("32-admin-keys-create-second", "admin-keys", "create", "--name", "ci");
            step("33-admin-keys-revoke", "admin-keys", "revoke", "--key-id", "2");
            step("34-admin-keys-list", "admin-keys", "list");
        }

        private void usage() throws SQLException {
            usageRecord(1, 1L, "/api/video/analyze", "0.05", 200, "2026-11-03T10:00:00Z", "req-1");
            usageRecord(1, 3L, "/api/video/analyze", "0.05", 200, "2026-11-20T10:00:00Z", "req-2");
            usageRecord(1, null, "/api/alert", "0.10", 200, "2026-11-30T23:59:59Z", "req-3");
            usageRecord(1, 1L, "/api/health", "0", 200, "2026-11-30T12:00:00Z", "req-4");
            usageRecord(1, 1L, "/api/video/analyze", "0", 400, "2026-11-21T08:30:00Z", "req-5");
            usageRecord(1, 1L, "/api/alert", "0.10", 200, "2026-12-01T00:00:00Z", "req-6");
            ingestCounts(
                    new IngestUsage(
                            new ClientId(1), "front-door", Instant.parse("2026-11-03T10:00:00Z"), 1500, 150_000_000L),
                    new IngestUsage(
                            new ClientId(1), "front-door", Instant.parse("2026-11-03T10:01:00Z"), 1499, 149_900_000L),
                    new IngestUsage(new ClientId(1), "yard", Instant.parse("2026-11-03T10:00:00Z"), 600, 30_000_000L),
                    new IngestUsage(new ClientId(1), "yard", Instant.parse("2026-12-01T00:00:00Z"), 10, 500_000L));
            step(
                    "40-usage-report-endpoint",
                    "usage",
                    "report",
                    "--client-id",
                    "1",
                    "--from",
                    "2026-11-01",
                    "--to",
                    "2026-12-01");
            step(
                    "41-usage-report-day",
                    "usage",
                    "report",
                    "--client-id",
                    "1",
                    "--from",
                    "2026-11-01",
                    "--to",
                    "2026-12-01",
                    "--group-by",
                    "day");
            step(
                    "42-usage-report-none",
                    "usage",
                    "report",
                    "--client-id",
                    "1",
                    "--from",
                    "2026-11-01",
                    "--to",
                    "2026-12-01",
                    "--group-by",
                    "none");
            step("43-usage-report-default-period", "usage", "report", "--client-id", "1");
            step("44-usage-report-empty", "usage", "report", "--client-id", "2", "--from", "2026-11-01");
        }

        private void billing() {
            step(
                    "50-billing-set-payment-debit",
                    "billing",
                    "set-payment",
                    "--client-id",
                    "1",
                    "--method",
                    "direct_debit",
                    "--frequency",
                    "monthly",
                    "--iban",
                    "NL91 ABNA 0417 1643 00",
                    "--bic",
                    "abnanl2a",
                    "--auto-pay");
            step("51-billing-show-payment", "billing", "show-payment", "--client-id", "1");
            step(
                    "52-billing-set-payment-card",
                    "billing",
                    "set-payment",
                    "--client-id",
                    "2",
                    "--method",
                    "credit_card",
                    "--frequency",
                    "weekly",
                    "--customer-id",
                    "cus_0123456789");
            step(
                    "53-billing-set-payment-transfer",
                    "billing",
                    "set-payment",
                    "--client-id",
                    "2",
                    "--method",
                    "bank_transfer",
                    "--frequency",
                    "weekly");
            step(
                    "54-billing-set-profile",
                    "billing",
                    "set-profile",
                    "--client-id",
                    "1",
                    "--legal-name",
                    "Acme SA",
                    "--address",
                    "Rue de la Loi 16; 1000 Brussels",
                    "--country",
                    "be",
                    "--tax-treatment",
                    "domestic");
            step("55-billing-show-profile", "billing", "show-profile", "--client-id", "1");
            step(
                    "56-billing-set-profile-invalid",
                    "billing",
                    "set-profile",
                    "--client-id",
                    "1",
                    "--legal-name",
                    "Acme SA",
                    "--country",
                    "US",
                    "--tax-treatment",
                    "reverse_charge");
        }

        private void invoices() throws Exception {
            step("60-invoices-list-empty", "invoices", "list");
            step("61-invoices-run-dry", "invoices", "run", "--period", "2026-11", "--dry-run");
            step("62-invoices-run", "invoices", "run", "--period", "2026-11");
            step("63-invoices-run-again", "invoices", "run", "--period", "2026-11");
            step("64-invoices-list", "invoices", "list");
            step("65-invoices-show", "invoices", "show", "VIGINT-2026-0001");
            step("66-invoices-show-csv", "invoices", "show", "VIGINT-2026-0001", "--format", "csv");
            step("67-invoices-show-html", "invoices", "show", "VIGINT-2026-0001", "--format", "html");
            step(
                    "68-invoices-show-pdf",
                    "invoices",
                    "show",
                    "VIGINT-2026-0001",
                    "--format",
                    "pdf",
                    "--out",
                    workingDirectory.resolve("invoice-" + format + ".pdf").toString());
            step("69-invoices-verify", "invoices", "verify", "VIGINT-2026-0001");
            usageRecord(1, 1L, "/api/alert", "0.10", 200, "2026-11-15T00:00:00Z", "req-7");
            step("70-invoices-verify-differs", "invoices", "verify", "VIGINT-2026-0001");
            step("71-invoices-send", "invoices", "send", "VIGINT-2026-0001");
            step("72-invoices-mark-paid", "invoices", "mark-paid", "VIGINT-2026-0001");
            step("73-invoices-void", "invoices", "void", "VIGINT-2026-0001");
            step(
                    "73a-invoices-credit",
                    "invoices",
                    "credit",
                    "--number",
                    "VIGINT-2026-0001",
                    "--reason",
                    "usage recounted");
            step("73b-invoices-show-credited", "invoices", "show", "VIGINT-2026-0001");
            step("74-invoices-run-reinvoice", "invoices", "run", "--period", "2026-11");
            step("75-invoices-list-client", "invoices", "list", "--client-id", "1", "--status", "credited");
            step(
                    "75a-invoices-pay",
                    "invoices",
                    "pay",
                    "--number",
                    "VIGINT-2026-0002",
                    "--amount",
                    "0.10",
                    "--reference",
                    "SEPA 1",
                    "--paid-at",
                    "2026-12-01");
            step(
                    "75b-invoices-credit-partial",
                    "invoices",
                    "credit",
                    "--number",
                    "VIGINT-2026-0002",
                    "--amount",
                    "0.10",
                    "--reason",
                    "goodwill");
            step("75c-invoices-credit-notes-list", "invoices", "credit-notes", "list");
            step("75d-invoices-credit-notes-show", "invoices", "credit-notes", "show", "VIGINT-CN-2026-0002");
            step("75e-invoices-verify-credited", "invoices", "verify", "VIGINT-2026-0002");
            step("75f-invoices-follow-up", "invoices", "follow-up");
            usageRecord(2, null, "/api/video/analyze", "0.05", 200, "2026-11-25T10:00:00Z", "req-8");
            usageRecord(2, 4L, "/api/video/analyze", "0.05", 200, "2026-12-01T10:00:00Z", "req-9");
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            Map<String, String> unreachableSmtp = Map.of(
                    "VIGINT_MAIL_PROVIDER", "smtp",
                    "VIGINT_MAIL_FROM", "billing@vigint.example",
                    "VIGINT_MAIL_SMTP_HOST", "127.0.0.1",
                    "VIGINT_MAIL_SMTP_PORT", Integer.toString(closedPort),
                    "VIGINT_MAIL_SMTP_SECURITY", "none",
                    "VIGINT_MAIL_RETRY_ATTEMPTS", "1");
            record(
                    "76-invoices-run-mail-fails",
                    new CliRun(workingDirectory, unreachableSmtp, fixedClock(FIXED)),
                    args("invoices", "run", "--period", "2026-W48"),
                    InputStream.nullInputStream(),
                    null);
            step("77-invoices-run-running-period", "invoices", "run", "--period", "2026-12");
            step("78-invoices-run-last-periods", "invoices", "run");
            step("79-invoices-list-all", "invoices", "list");
            step("79a-invoices-export-status-empty", "invoices", "export-status");
            step("79b-invoices-export", "invoices", "export", "--number", "VIGINT-2026-0002");
            step("79c-invoices-export-status", "invoices", "export-status", "--number", "VIGINT-2026-0002");
            step("79d-error-export-unknown", "invoices", "export", "--number", "VIGINT-2026-0042");
            step("79e-error-export-status-never-queued", "invoices", "export-status", "--number", "VIGINT-2026-0001");
        }

        private void failures() {
            step("90-error-unknown-client", "clients", "revoke", "--client-id", "99");
            step("91-error-bad-id", "keys", "list", "--client-id", "x");
            step("92-error-duplicate-name", "clients", "create", "--name", "Beta", "--email", "other@beta.example");
            step("93-error-invoice-not-found", "invoices", "show", "VIGINT-2026-0042");
            step("94-error-verify-unknown", "invoices", "verify", "VIGINT-2026-0042");
            step("95-error-pdf-without-out", "invoices", "show", "VIGINT-2026-0001", "--format", "pdf");
            step("96-error-mark-paid-credited", "invoices", "mark-paid", "VIGINT-2026-0001");
            step("96a-error-overpay", "invoices", "pay", "--number", "VIGINT-2026-0002", "--amount", "99");
            step(
                    "96b-error-credit-too-much",
                    "invoices",
                    "credit",
                    "--number",
                    "VIGINT-2026-0002",
                    "--amount",
                    "9",
                    "--reason",
                    "x");
            step("97-error-group-by", "usage", "report", "--client-id", "1", "--group-by", "week");
            step("98-error-rotate-revoked", "keys", "rotate", "--key-id", "4");
        }

        /** An original deployment's vigint.db imported: a dry run, the import, a re-import, a missing file. */
        private void legacyImport() throws SQLException {
            String original =
                    workingDirectory.resolve("original-" + format + ".db").toString();
            OriginalSchema.writeSqlite(Path.of(original), OriginalDeployment.shops());
            step("80-import-legacy-dry-run", "import-legacy", "--from", original, "--dry-run");
            stepWithInput(
                    "81-import-legacy",
                    OriginalDeployment.SECRET_KEY + "\n",
                    "import-legacy",
                    "--from",
                    original,
                    "--secret-key-stdin");
            step("82-import-legacy-again", "import-legacy", "--from", original);
            step("99-error-import-legacy-missing", "import-legacy", "--from", "missing.db");
        }

        private void step(String name, String... args) {
            record(name, run(FIXED), args(args), InputStream.nullInputStream(), null);
        }

        private void stepAt(String name, Clock clock, String... args) {
            record(name, run(clock), args(args), InputStream.nullInputStream(), null);
        }

        private void stepWithInput(String name, String input, String... args) {
            record(
                    name,
                    run(FIXED),
                    args(args),
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    null);
        }

        private void stepOnTerminal(String name, ScriptedTerminal terminal, String... args) {
            record(name, run(FIXED), args(args), InputStream.nullInputStream(), terminal);
        }

        private List<String> args(String... args) {
            List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
            all.addAll(List.of(args));
            if (format.equals("json")) {
                all.addAll(List.of("--output", "json"));
            }
            return all;
        }

        private CliRun run(Clock clock) {
            return new CliRun(workingDirectory, Map.of(), fixedClock(clock));
        }

        private void record(String name, CliRun run, List<String> args, InputStream in, ScriptedTerminal terminal) {
            Result result = run.run(terminal == null ? Terminal.none() : terminal, in, args);
            StringBuilder transcript = new StringBuilder();
            transcript
                    .append("$ vigint ")
                    .append(String.join(" ", args.subList(2, args.size())))
                    .append('\n');
            transcript.append("exit ").append(result.status()).append('\n');
            if (terminal != null) {
                transcript.append("--- prompts\n");
                terminal.prompts.forEach(p -> transcript.append(p).append('\n'));
            }
            transcript.append("--- stdout\n").append(result.out());
            transcript.append("--- stderr\n").append(result.err());
            transcripts.put(name, normalised(transcript.toString()));
        }

        private String normalised(String text) {
            String out = text.replace(System.lineSeparator(), "\n").replace(workingDirectory.toString(), "<work>");
            out = PDF_SIZE.matcher(out).replaceAll("(<n> bytes)");
            if (closedPort != 0) {
                out = out.replace(Integer.toString(closedPort), "<port>");
            }
            Matcher secrets = SECRET.matcher(out);
            StringBuilder result = new StringBuilder();
            while (secrets.find()) {
                String prefix = secrets.group(1) + secrets.group(2);
                String label = secretLabels.computeIfAbsent(
                        prefix, p -> secrets.group(1) + String.format("KEY%02d___", secretLabels.size() + 1));
                String replacement = secrets.group(3) == null ? label : label + "-".repeat(35);
                secrets.appendReplacement(result, Matcher.quoteReplacement(replacement));
            }
            secrets.appendTail(result);
            return result.toString();
        }

        /** Frame-ingest counts, added through the usage store as the server adds them. */
        private void ingestCounts(IngestUsage... counts) {
            try (Database db = Database.open(DatabaseSettings.embedded(dataDir))) {
                db.stores().usage().append(List.of(), List.of(counts));
            }
        }

        private void usageRecord(
                long clientId, Long keyId, String endpoint, String cost, int status, String at, String requestId)
                throws SQLException {
            try (Database db = Database.open(DatabaseSettings.embedded(dataDir));
                    Connection c = db.dataSource().getConnection();
                    PreparedStatement insert = c.prepareStatement("INSERT INTO usage_records (client_id, api_key_id,"
                            + " endpoint, method, status_code, cost, currency, occurred_at, request_id)"
                            + " VALUES (?, ?, ?, 'POST', ?, ?, 'EUR', ?, ?)")) {
                insert.setLong(1, clientId);
                if (keyId == null) {
                    insert.setNull(2, Types.BIGINT);
                } else {
                    insert.setLong(2, keyId);
                }
                insert.setString(3, endpoint);
                insert.setInt(4, status);
                insert.setBigDecimal(5, new BigDecimal(cost));
                insert.setObject(6, OffsetDateTime.parse(at));
                insert.setString(7, requestId);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static java.util.function.UnaryOperator<com.google.inject.Module> fixedClock(Clock clock) {
        return modules -> Modules.override(modules)
                .with(binder -> binder.bind(Clock.class).toInstance(clock));
    }
}
