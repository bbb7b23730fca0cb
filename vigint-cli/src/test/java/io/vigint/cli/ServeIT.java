package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.cli.CliRun.Result;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigint serve} as an operator runs it: {@code target/vigint.jar} in child JVMs on a free port,
 * administered with the CLI (in-process, on the same database) while it runs, and called with a real
 * HTTP/1.1 client. On the embedded H2 database (the CLI reaches it through H2's automatic server mode)
 * and on PostgreSQL with two servers sharing one database.
 */
class ServeIT {
    private static final Path JAR = Path.of("target", "vigint.jar").toAbsolutePath();
    private static final Pattern LISTENING = Pattern.compile("Vigint is listening on (http://127\\.0\\.0\\.1:\\d+/) ");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|^Caused by: ");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration REVOCATION_BOUND = Duration.ofSeconds(1);
    private static final long POLL_MILLIS = 50;
    /** A well-formed key that no database holds. */
    private static final String UNKNOWN_KEY = "vgt_" + "A".repeat(43);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<Server> servers = new ArrayList<>();
    private DatabaseSettings postgres;

    @TempDir
    Path cwd;

    @AfterEach
    void stopServersThenDropTheSchema() {
        servers.forEach(Server::kill);
        PostgresTestDatabase.dropSchema(postgres);
    }

    // ---- embedded H2

    @Test
    void keyRevokedThroughTheCliIsRefusedWithin1SecondAndSigtermStopsTheServerCleanly() throws Exception {
        List<String> database = List.of("--data-dir", dataDir().toString());
        Server server = start("h2", database, Map.of());
        assertThat(server.stdout())
                .as("an empty database tells the operator how to begin")
                .contains("vigint admin-keys create --name ops");
        assertThat(server.stdout())
                .as("the invoice batch is scheduled by default")
                .contains("Invoice batch scheduled (UTC): weekly MON 00:05 (next ");

        JsonNode created = cli(database, "clients", "create", "--name", "Acme", "--email", "ops@acme.example");
        String key = created.get("api_key").asText();
        long clientId = created.at("/client/id").asLong();

        HttpResponse<String> health = server.get("/api/health", "X-API-Key", key);
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        JsonNode healthBody = json(health);
        assertThat(fieldNames(healthBody)).containsExactlyInAnyOrder("status", "timestamp");
        assertThat(healthBody.get("status").asText()).isEqualTo("ok");
        assertThat(healthBody.get("timestamp").asText()).matches(TIMESTAMP);

        HttpResponse<String> bogus = server.get("/api/health", "X-API-Key", UNKNOWN_KEY);
        assertEnvelope(bogus, 401, "INVALID_API_KEY");
        assertThat(json(bogus).at("/error/message").asText()).isEqualTo("Invalid API key");

        HttpResponse<String> me = server.get("/api/v1/clients/me", "X-API-Key", key);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json(me).at("/data/id").asLong()).isEqualTo(clientId);
        assertThat(json(me).at("/status").asText()).isEqualTo("success");

        cli(database, "clients", "revoke", "--client-id", Long.toString(clientId));
        long revoked = System.nanoTime();
        Refusal refusal = firstRefusal(server, "/api/v1/clients/me", "X-API-Key", key);
        assertThat(refusal.afterMillis(revoked))
                .as("the first 401 after the CLI revoked the client")
                .isLessThan(REVOCATION_BOUND.toMillis());
        assertEnvelope(refusal.response(), 401, "KEY_REVOKED");

        assertThat(server.stop()).as(server.toString()).isZero();
        assertThat(server.stderr()).doesNotContainPattern(STACK_FRAME).doesNotContain(key);
        assertThat(server.stdout()).doesNotContain(key);
    }

    @Test
    void sixtyFirstRequestWithinAMinuteIsRefusedWith429AndTheRateLimitHeaders() throws Exception {
        List<String> database = List.of("--data-dir", dataDir().toString());
        Server server = start("h2", database, Map.of());
        String key = cli(database, "clients", "create", "--name", "Acme", "--email", "ops@acme.example")
                .get("api_key")
                .asText();

        for (int request = 1; request <= 60; request++) {
            HttpResponse<String> allowed = server.get("/api/v1/clients/me", "X-API-Key", key);
            assertThat(allowed.statusCode())
                    .as("request %d: %s", request, allowed.body())
                    .isEqualTo(200);
            assertThat(header(allowed, "RateLimit-Limit")).isEqualTo(60);
            assertThat(header(allowed, "RateLimit-Remaining")).isEqualTo(60 - request);
        }
        HttpResponse<String> refused = server.get("/api/v1/clients/me", "X-API-Key", key);

        assertEnvelope(refused, 429, "RATE_LIMITED");
        assertThat(header(refused, "Retry-After")).isBetween(1L, 60L);
        assertThat(header(refused, "RateLimit-Limit")).isEqualTo(60);
        assertThat(header(refused, "RateLimit-Remaining")).isZero();
        assertThat(header(refused, "RateLimit-Reset")).isBetween(1L, 60L);
    }

    @Test
    void tokenForALoginSetThroughTheCliWorksUntilTheClientIsRevoked() throws Exception {
        List<String> database = List.of("--data-dir", dataDir().toString());
        Server server = start("h2", database, Map.of());
        long clientId = cli(database, "clients", "create", "--name", "Acme", "--email", "ops@acme.example")
                .at("/client/id")
                .asLong();
        String password = "correct horse battery staple";
        Result login = new CliRun(cwd)
                .run(
                        new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)),
                        withOptions(
                                database,
                                "clients",
                                "set-login",
                                "--client-id",
                                Long.toString(clientId),
                                "--username",
                                "acme-ops",
                                "--password-stdin"));
        assertThat(login.status()).as(login.toString()).isZero();
        assertThat(login.out() + login.err()).doesNotContain(password);

        HttpResponse<String> wrong = server.postForm("/auth/token", form("acme-ops", "not the password"));
        assertEnvelope(wrong, 401, "INVALID_CREDENTIALS");
        HttpResponse<String> issued = server.postForm("/auth/token", form("acme-ops", password));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        JsonNode token = json(issued);
        assertThat(fieldNames(token)).containsExactlyInAnyOrder("access_token", "token_type", "expires_in");
        assertThat(token.get("token_type").asText()).isEqualTo("bearer");
        assertThat(token.get("expires_in").asInt()).isEqualTo(3600);
        String bearer = "Bearer " + token.get("access_token").asText();

        HttpResponse<String> me = server.get("/api/v1/clients/me", "Authorization", bearer);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json(me).at("/data/id").asLong()).isEqualTo(clientId);

        cli(database, "clients", "revoke", "--client-id", Long.toString(clientId));
        long revoked = System.nanoTime();
        Refusal refusal = firstRefusal(server, "/api/v1/clients/me", "Authorization", bearer);
        assertThat(refusal.afterMillis(revoked)).isLessThan(REVOCATION_BOUND.toMillis());
        assertEnvelope(refusal.response(), 401, "KEY_REVOKED");
        assertThat(server.stderr())
                .doesNotContain(password, token.get("access_token").asText());
    }

    @Test
    void hostileRequestsGetTheErrorEnvelopeNeverA500OrATrace() throws Exception {
        List<String> database = List.of("--data-dir", dataDir().toString());
        Server server = start("h2", database, Map.of());
        String key = cli(database, "clients", "create", "--name", "Acme", "--email", "ops@acme.example")
                .get("api_key")
                .asText();

        HttpResponse<String> malformed = server.send(server.request("/api/v1/keys")
                .header("X-API-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"ci\", ")));
        assertEnvelope(malformed, 400, "MALFORMED_REQUEST");

        HttpResponse<String> unknownPath = server.get("/api/v1/no-such-thing", "X-API-Key", key);
        assertEnvelope(unknownPath, 404, "NOT_FOUND");

        HttpResponse<String> wrongMethod =
                server.send(server.request("/api/health").DELETE().header("X-API-Key", key));
        assertEnvelope(wrongMethod, 405, "METHOD_NOT_ALLOWED");

        HttpResponse<String> wrongType = server.send(server.request("/api/v1/keys")
                .header("X-API-Key", key)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=ci")));
        assertEnvelope(wrongType, 415, "UNSUPPORTED_MEDIA_TYPE");

        String twoMebibytes = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024 - 11) + "\"}";
        assertThat(twoMebibytes.getBytes(StandardCharsets.UTF_8)).hasSize(2 * 1024 * 1024);
        HttpResponse<String> oversized = server.send(server.request("/api/v1/keys")
                .header("X-API-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(twoMebibytes)));
        assertEnvelope(oversized, 413, "PAYLOAD_TOO_LARGE");

        HttpResponse<String> stillServing = server.get("/api/health");
        assertThat(stillServing.statusCode()).isEqualTo(200);
        assertThat(server.stderr()).doesNotContainPattern(STACK_FRAME).doesNotContain(key);
    }

    // ---- PostgreSQL: two servers, one database

    @Test
    void twoServersOnOnePostgresDatabaseShareRevocationsWithin1SecondAndOneRateLimit() throws Exception {
        postgres = PostgresTestDatabase.createSchema();
        List<String> database = List.of("--database-url", postgres.url());
        String adminKey = cli(database, "admin-keys", "create", "--name", "ops", "--output", "json")
                .get("admin_key")
                .asText();
        JsonNode acme = cli(database, "clients", "create", "--name", "Acme", "--email", "ops@acme.example");
        String key = acme.get("api_key").asText();
        long acmeId = acme.at("/client/id").asLong();
        JsonNode beta = cli(database, "clients", "create", "--name", "Beta", "--email", "ops@beta.example");
        String betaKey = beta.get("api_key").asText();
        cli(
                database,
                "clients",
                "set-rate-limit",
                "--client-id",
                beta.at("/client/id").asText(),
                "--per-minute",
                "5");

        Map<String, String> sharedLimits = Map.of("VIGINT_RATE_LIMIT_BACKEND", "postgresql");
        CompletableFuture<Server> startingB =
                CompletableFuture.supplyAsync(() -> start("pg-b", withDataDir("b", database), sharedLimits));
        Server a = start("pg-a", withDataDir("a", database), sharedLimits);
        Server b = startingB.get(START_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);

        for (Server server : List.of(a, b)) {
            HttpResponse<String> me = server.get("/api/v1/clients/me", "X-API-Key", key);
            assertThat(me.statusCode()).as("%s: %s", server, me.body()).isEqualTo(200);
        }
        HttpResponse<String> revoke = a.send(a.request("/admin/v1/clients/" + acmeId + "/revoke")
                .header("X-Admin-Key", adminKey)
                .POST(HttpRequest.BodyPublishers.noBody()));
        long revoked = System.nanoTime();
        assertThat(revoke.statusCode()).as(revoke.body()).isEqualTo(200);
        assertThat(json(revoke).at("/data/is_active").asBoolean(true)).isFalse();

        Refusal onB = firstRefusal(b, "/api/v1/clients/me", "X-API-Key", key);
        assertThat(onB.afterMillis(revoked))
                .as("server B refuses a key revoked through server A")
                .isLessThan(REVOCATION_BOUND.toMillis());
        assertEnvelope(onB.response(), 401, "KEY_REVOKED");
        Refusal onA = firstRefusal(a, "/api/v1/clients/me", "X-API-Key", key);
        assertThat(onA.afterMillis(revoked)).isLessThan(REVOCATION_BOUND.toMillis());
        assertEnvelope(onA.response(), 401, "KEY_REVOKED");

        List<Long> remaining = new ArrayList<>();
        for (Server server : List.of(a, a, a, b, b)) {
            HttpResponse<String> allowed = server.get("/api/v1/clients/me", "X-API-Key", betaKey);
            assertThat(allowed.statusCode())
                    .as("%s: %s", server, allowed.body())
                    .isEqualTo(200);
            assertThat(header(allowed, "RateLimit-Limit")).isEqualTo(5);
            remaining.add(header(allowed, "RateLimit-Remaining"));
        }
        assertThat(remaining).as("one budget, counted down by both servers").containsExactly(4L, 3L, 2L, 1L, 0L);
        HttpResponse<String> sixth = b.get("/api/v1/clients/me", "X-API-Key", betaKey);
        assertEnvelope(sixth, 429, "RATE_LIMITED");
        assertThat(header(sixth, "Retry-After")).isBetween(1L, 60L);

        for (Server server : List.of(a, b)) {
            assertThat(server.stop()).as(server.toString()).isZero();
            assertThat(server.stderr())
                    .doesNotContainPattern(STACK_FRAME)
                    .doesNotContain(key, betaKey, adminKey)
                    .doesNotContain("Rate limiting is unavailable");
        }
    }

    // ---- helpers

    private Path dataDir() {
        return cwd.resolve("data");
    }

    private List<String> withDataDir(String name, List<String> options) {
        List<String> all = new ArrayList<>(options);
        all.add("--data-dir");
        all.add(cwd.resolve("data-" + name).toString());
        return all;
    }

    /** Runs the CLI in this JVM with {@code --output json} on the given database and returns its output. */
    private JsonNode cli(List<String> database, String... args) {
        List<String> all = withOptions(database, args);
        if (!all.contains("--output")) {
            all.add("--output");
            all.add("json");
        }
        Result result = new CliRun(cwd).run(all);
        assertThat(result.status()).as(result.toString()).isZero();
        return result.json();
    }

    private static List<String> withOptions(List<String> database, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(database);
        return all;
    }

    /**
     * Starts {@code java -jar target/vigint.jar serve --port 0 <options>} with only the given
     * {@code VIGINT_*} variables and waits until it says where it listens.
     */
    private Server start(String name, List<String> options, Map<String, String> variables) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                JAR.toString(),
                "serve",
                "--port",
                "0"));
        command.addAll(options);
        try {
            Path stdout = Files.createTempFile(cwd, name + "-out", ".txt");
            Path stderr = Files.createTempFile(cwd, name + "-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(cwd.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            builder.environment().keySet().removeIf(variable -> variable.startsWith("VIGINT_"));
            builder.environment().putAll(variables);
            Server server = new Server(name, builder.start(), stdout, stderr);
            synchronized (servers) {
                servers.add(server);
            }
            server.awaitListening();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Requests {@code path} every {@value #POLL_MILLIS} ms until it is refused (for up to 3 s). */
    private static Refusal firstRefusal(Server server, String path, String header, String value) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        List<Integer> statuses = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = server.get(path, header, value);
            long at = System.nanoTime();
            if (response.statusCode() == 401) {
                return new Refusal(response, at);
            }
            statuses.add(response.statusCode());
            Thread.sleep(POLL_MILLIS);
        }
        return fail("still not refused after 3 s; statuses: " + statuses);
    }

    /** The first refused response and when it arrived ({@link System#nanoTime()}). */
    private record Refusal(HttpResponse<String> response, long at) {
        long afterMillis(long start) {
            return TimeUnit.NANOSECONDS.toMillis(at - start);
        }
    }

    private static void assertEnvelope(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).doesNotContain("Exception", "at io.", "at org.", "at java.");
        JsonNode body = json(response);
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("error", "status");
        assertThat(body.get("status").asText()).isEqualTo("error");
        assertThat(body.at("/error/code").asText()).isEqualTo(code);
        assertThat(body.at("/error/message").asText()).isNotBlank();
        assertThat(body.at("/error/details").isObject()).as(response.body()).isTrue();
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static long header(HttpResponse<String> response, String name) {
        return Long.parseLong(response.headers()
                .firstValue(name)
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + response.headers())));
    }

    private static String form(String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    /** One {@code vigint serve} child process and what it printed. */
    private final class Server {
        private final String name;
        private final Process process;
        private final Path stdout;
        private final Path stderr;
        private URI uri;

        Server(String name, Process process, Path stdout, Path stderr) {
            this.name = name;
            this.process = process;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        void awaitListening() {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher matcher = LISTENING.matcher(stdout());
                if (matcher.find()) {
                    uri = URI.create(matcher.group(1));
                    return;
                }
                if (!process.isAlive()) {
                    fail("vigint serve exited before listening: " + this);
                }
                sleep(50);
            }
            fail("vigint serve did not listen within " + START_TIMEOUT.toSeconds() + " s: " + this);
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(10));
        }

        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder builder = request(path).GET();
            for (int i = 0; i < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return send(builder);
        }

        HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
            return send(request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Sends SIGTERM and returns the exit status (the test fails if it takes longer than 15 s). */
        int stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                fail("vigint serve did not stop within " + STOP_TIMEOUT.toSeconds() + " s of SIGTERM: " + this);
            }
            return process.exitValue();
        }

        void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String stdout() {
            return read(stdout);
        }

        String stderr() {
            return read(stderr);
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        @Override
        public String toString() {
            String status = process.isAlive() ? "running" : "exit " + process.exitValue();
            return name + " (" + status + ")\n--- stdout\n" + stdout() + "--- stderr\n" + tail(stderr(), 4000);
        }

        private static String tail(String text, int max) {
            return text.length() <= max ? text : "…" + text.substring(text.length() - max);
        }
    }
}
