package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.cli.CliRun.Result;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a metered server under load loses no billed call: {@code target/vigint.jar serve} on
 * PostgreSQL in a child JVM gets metered calls from many threads, each with its own {@code X-Request-Id};
 * mid-load the process is killed with SIGKILL. Then every call that got a response has exactly one usage
 * record with its request id, and no record exists for a request that was never sent. Requests that were in
 * flight at the kill got no response; their records may or may not exist (the record is committed before
 * the response is written, so a call can be billed and its response lost with the process), and the test
 * reports how many were.
 */
class MeteringKillIT {
    private static final Path JAR = Path.of("target", "vigint.jar").toAbsolutePath();
    private static final Pattern LISTENING = Pattern.compile("Vigint is listening on (http://127\\.0\\.0\\.1:\\d+/) ");
    private static final int THREADS = 24;
    private static final int ANSWERED_BEFORE_KILL = 1_500;

    @TempDir
    Path cwd;

    private DatabaseSettings postgres;
    private Process server;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
        }
        PostgresTestDatabase.dropSchema(postgres);
    }

    @Test
    void everyCallThatGotAResponseHasItsRecordAfterKill9MidLoad() throws Exception {
        postgres = PostgresTestDatabase.createSchema();
        List<String> database = List.of("--database-url", postgres.url());
        JsonNode created = cli(database, "clients", "create", "--name", "Acme", "--email", "ops@acme.example");
        String key = created.get("api_key").asText();
        long clientId = created.at("/client/id").asLong();
        cli(database, "clients", "set-rate-limit", "--client-id", Long.toString(clientId), "--per-minute", "1000000");
        URI uri = start(database, Map.of("VIGINT_PRICING_PRICES", "/api/health=0.01"));

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Set<String> answered = ConcurrentHashMap.newKeySet();
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        List<String> otherStatuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger answeredCount = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService load = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            load.submit(() -> {
                for (int n = 0; ; n++) {
                    String id = "kill-" + thread + "-" + n;
                    HttpRequest request = HttpRequest.newBuilder(uri.resolve("api/health"))
                            .timeout(Duration.ofSeconds(20))
                            .header("X-API-Key", key)
                            .header("X-Request-Id", id)
                            .GET()
                            .build();
                    boolean afterKill = killed.get();
                    sent.add(id);
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            answered.add(id);
                            if (answeredCount.incrementAndGet() >= ANSWERED_BEFORE_KILL) {
                                enough.countDown();
                            }
                        } else {
                            otherStatuses.add(id + ": " + response.statusCode() + " " + response.body());
                        }
                    } catch (IOException e) {
                        unanswered.add(id);
                        if (afterKill || killed.get()) {
                            return;
                        }
                    } catch (InterruptedException e) {
                        unanswered.add(id);
                        return;
                    }
                }
            });
        }
        assertThat(enough.await(120, TimeUnit.SECONDS))
                .as("%d calls answered before the kill", ANSWERED_BEFORE_KILL)
                .isTrue();
        killed.set(true);
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        assertThat(server.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<String> records = requestIdsOfUsage(clientId);
        Set<String> stored = new HashSet<>(records);
        assertThat(otherStatuses).as("every answer before the kill was a 200").isEmpty();
        assertThat(records).as("one record per call, never two").hasSameSizeAs(stored);
        Set<String> answeredWithoutRecord = new HashSet<>(answered);
        answeredWithoutRecord.removeAll(stored);
        assertThat(answeredWithoutRecord)
                .as("calls that got a response but have no usage record")
                .isEmpty();
        Set<String> recordsOfUnsentCalls = new HashSet<>(stored);
        recordsOfUnsentCalls.removeAll(sent);
        assertThat(recordsOfUnsentCalls).isEmpty();
        Set<String> recordedButUnanswered = new HashSet<>(stored);
        recordedButUnanswered.removeAll(answered);
        assertThat(unanswered).containsAll(recordedButUnanswered);
        assertThat(answered.size()).isGreaterThanOrEqualTo(ANSWERED_BEFORE_KILL);
        System.out.printf(
                "MeteringKillIT: %d calls answered, all %d recorded; %d calls lost their response to the kill, "
                        + "%d of them were recorded (committed before the process died), %d were not%n",
                answered.size(),
                answered.size(),
                unanswered.size(),
                recordedButUnanswered.size(),
                unanswered.size() - recordedButUnanswered.size());
    }

    private List<String> requestIdsOfUsage(long clientId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(postgres.url());
                PreparedStatement query =
                        connection.prepareStatement("SELECT request_id FROM usage_records WHERE client_id = ?")) {
            query.setLong(1, clientId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private JsonNode cli(List<String> database, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(database);
        all.add("--output");
        all.add("json");
        Result result = new CliRun(cwd).run(all);
        assertThat(result.status()).as(result.toString()).isZero();
        return result.json();
    }

    private URI start(List<String> options, Map<String, String> variables) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-jar",
                JAR.toString(),
                "serve",
                "--port",
                "0",
                "--data-dir",
                cwd.resolve("data").toString()));
        command.addAll(options);
        Path stdout = cwd.resolve("serve-out.txt");
        Path stderr = cwd.resolve("serve-err.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(cwd.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("VIGINT_"));
        builder.environment().putAll(variables);
        server = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher matcher = LISTENING.matcher(Files.readString(stdout, StandardCharsets.UTF_8));
            if (matcher.find()) {
                return URI.create(matcher.group(1));
            }
            if (!server.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        return fail("vigint serve did not start: " + Files.readString(stdout) + Files.readString(stderr));
    }
}
