package io.vigint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.cli.CliEnvironment;
import io.vigint.cli.Main;
import io.vigint.cli.Terminal;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 5 of the hostile review: {@code kill -9} of a metered server must lose no answered call, on the
 * embedded H2 database as on PostgreSQL. {@code target/vigint.jar serve} runs in a child JVM and gets metered
 * calls from several threads, each with its own {@code X-Request-Id}; mid-load it is killed with SIGKILL,
 * restarted on the same database and killed again, {@value #KILLS} times per database (one kill can miss the
 * window in which a record is committed but not yet on disk). After every kill: each call that got a response
 * has exactly one usage record, and no record exists for a request that was never sent. Calls in flight at
 * the kill got no response; their records may or may not exist (a record is made durable before the response
 * is written, so a call can be billed and its response lost with the process), and the test reports how many
 * were. A third case kills the server once on PostgreSQL deep into a heavier load (1,500 answered calls from
 * 24 threads), as the metering issue's own kill test did.
 *
 * <p>Before the fix, H2 acknowledged a batch once it was committed in memory; H2 writes committed
 * transactions to its file up to {@code WRITE_DELAY} (500 ms) later, so a kill lost the last answered calls.
 */
class HostileKillMeteringIT {
    private static final Path JAR = Path.of("target", "vigint.jar").toAbsolutePath();
    private static final Pattern LISTENING = Pattern.compile("Vigint is listening on (http://127\\.0\\.0\\.1:\\d+/) ");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KILLS = 5;
    /** Repeated kills: 8 threads, 150 calls answered in each life before its kill (plus a random few more). */
    private static final Load REPEATED = new Load(KILLS, 8, 150);
    /** One kill deep into a heavier load. */
    private static final Load LONG = new Load(1, 24, 1_500);

    /** How many lives the server gets, the client threads, and the calls answered in a life before its kill. */
    private record Load(int kills, int threads, int answeredBeforeKill) {}

    @TempDir
    Path cwd;

    private DatabaseSettings postgres;
    private Process server;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
        }
        if (postgres != null) {
            PostgresTestDatabase.dropSchema(postgres);
        }
    }

    @Test
    void answeredCallsSurviveRepeatedKill9OnEmbeddedH2() throws Exception {
        DatabaseSettings h2 = DatabaseSettings.embedded(cwd.resolve("data"));
        killRepeatedly("H2", List.of(), h2, REPEATED);
        assertThat(cwd.resolve("data").resolve("vigint.lock.db"))
                .as("the test's own connections closed the database (else the server would have used it remotely)")
                .doesNotExist();
    }

    @Test
    void answeredCallsSurviveRepeatedKill9OnPostgresql() throws Exception {
        postgres = PostgresTestDatabase.createSchema();
        killRepeatedly("PostgreSQL", List.of("--database-url", postgres.url()), postgres, REPEATED);
    }

    @Test
    void answeredCallsSurviveKill9DeepIntoALongLoadOnPostgresql() throws Exception {
        postgres = PostgresTestDatabase.createSchema();
        killRepeatedly("PostgreSQL, long load", List.of("--database-url", postgres.url()), postgres, LONG);
    }

    private void killRepeatedly(String name, List<String> database, DatabaseSettings settings, Load load)
            throws Exception {
        JsonNode created = cli(database, "clients", "create", "--name", "Acme", "--email", "ops@acme.example");
        String key = created.get("api_key").asText();
        long clientId = created.at("/client/id").asLong();
        assertThat(cwd.resolve("data").resolve("vigint.lock.db"))
                .as("the CLI closed the embedded database before the server opens it")
                .doesNotExist();

        Set<String> answered = new HashSet<>();
        Set<String> sent = new HashSet<>();
        Set<String> unanswered = new HashSet<>();
        List<String> report = new ArrayList<>();
        for (int kill = 1; kill <= load.kills(); kill++) {
            long began = System.nanoTime();
            Life life = liveAndDie(database, key, "kill" + kill + "-", load);
            answered.addAll(life.answered);
            sent.addAll(life.sent);
            unanswered.addAll(life.unanswered);

            List<String> records = requestIdsOfUsage(settings, clientId);
            Set<String> stored = new HashSet<>(records);
            assertThat(life.otherStatuses)
                    .as("every answer before kill %d was a 200", kill)
                    .isEmpty();
            assertThat(records)
                    .as("one record per call, never two (after kill %d)", kill)
                    .hasSameSizeAs(stored);
            Set<String> answeredWithoutRecord = new HashSet<>(answered);
            answeredWithoutRecord.removeAll(stored);
            assertThat(answeredWithoutRecord)
                    .as(
                            "%s, kill %d: %d of %d answered calls have no usage record",
                            name, kill, answeredWithoutRecord.size(), answered.size())
                    .isEmpty();
            Set<String> recordsOfUnsentCalls = new HashSet<>(stored);
            recordsOfUnsentCalls.removeAll(sent);
            assertThat(recordsOfUnsentCalls)
                    .as("records of requests never sent")
                    .isEmpty();
            Set<String> recordedButUnanswered = new HashSet<>(stored);
            recordedButUnanswered.removeAll(answered);
            assertThat(unanswered).containsAll(recordedButUnanswered);
            assertThat(life.answered.size()).isGreaterThanOrEqualTo(load.answeredBeforeKill());
            long recordedInFlight =
                    life.unanswered.stream().filter(stored::contains).count();
            report.add(String.format(
                    "kill %d: %d answered, all recorded; %d lost their response (%d of them recorded); "
                            + "server up in %d ms, load %d ms, round %d ms",
                    kill,
                    life.answered.size(),
                    life.unanswered.size(),
                    recordedInFlight,
                    life.startMillis,
                    life.loadMillis,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)));
        }
        System.out.printf("HostileKillMeteringIT on %s: %s%n", name, String.join("; ", report));
    }

    /** What one life of the server saw from the client side. */
    private record Life(
            Set<String> answered,
            Set<String> sent,
            Set<String> unanswered,
            List<String> otherStatuses,
            long startMillis,
            long loadMillis) {}

    /** Starts the server, sends metered calls until enough were answered, then kills it with SIGKILL. */
    private Life liveAndDie(List<String> database, String key, String prefix, Load plan) throws Exception {
        long starting = System.nanoTime();
        URI uri = start(
                database,
                Map.of(
                        "VIGINT_PRICING_PRICES", "/api/health=0.01",
                        "VIGINT_RATE_LIMIT_PER_MINUTE", "1000000"));
        long loading = System.nanoTime();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Set<String> answered = ConcurrentHashMap.newKeySet();
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        List<String> otherStatuses = new CopyOnWriteArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger answeredCount = new AtomicInteger();
        // A few more calls than the minimum, so that the kills fall at different points of the load.
        int enoughCalls =
                plan.answeredBeforeKill() + ThreadLocalRandom.current().nextInt(100);
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService load = Executors.newFixedThreadPool(plan.threads());
        try {
            for (int t = 0; t < plan.threads(); t++) {
                int thread = t;
                load.submit(() -> {
                    for (int n = 0; ; n++) {
                        String id = prefix + thread + "-" + n;
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
                                if (answeredCount.incrementAndGet() >= enoughCalls) {
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
                    .as("%d calls answered before the kill", enoughCalls)
                    .isTrue();
            killed.set(true);
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            assertThat(server.waitFor(15, TimeUnit.SECONDS)).isTrue();
            assertThat(server.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        } finally {
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        return new Life(
                Set.copyOf(answered),
                Set.copyOf(sent),
                Set.copyOf(unanswered),
                List.copyOf(otherStatuses),
                TimeUnit.NANOSECONDS.toMillis(loading - starting),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - loading));
    }

    /** The request ids of the client's usage records, read straight from the database the server used. */
    private static List<String> requestIdsOfUsage(DatabaseSettings settings, long clientId) throws SQLException {
        List<String> ids = new ArrayList<>();
        // For H2 this opens the file the killed server left behind (and closes it again before the next start).
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
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

    private JsonNode cli(List<String> database, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(database);
        all.addAll(List.of("--data-dir", cwd.resolve("data").toString(), "--output", "json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(
                    all.toArray(String[]::new),
                    new CliEnvironment(outStream, errStream, Terminal.none(), Map.of(), cwd));
        }
        assertThat(status).as("vigint %s: %s %s", all, out, err).isZero();
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
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
        Path stdout = Files.createTempFile(cwd, "serve-out", ".txt");
        Path stderr = Files.createTempFile(cwd, "serve-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(cwd.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("VIGINT_"));
        builder.environment().putAll(new HashMap<>(variables));
        server = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
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
