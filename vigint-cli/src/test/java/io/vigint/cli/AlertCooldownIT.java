package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.util.Modules;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.FrameFormat;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.PostgresTestDatabase;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alert cooldowns through {@code vigint serve}'s own wiring (real frame buffers, the local analyzer, the alert
 * service, the database cooldown store, the mail queue and its drainer writing {@code .eml} files to the
 * outbox) over real HTTP, with the server's clock replaced by one the test moves: a continuous incident,
 * restarts, and two servers sharing one PostgreSQL database.
 */
class AlertCooldownIT {
    private static final Duration ANALYSIS_INTERVAL = Duration.ofSeconds(3);
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

    @TempDir
    Path cwd;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final List<ServedVigint> servers = new ArrayList<>();
    private DatabaseSettings postgres;

    @AfterEach
    void stop() {
        servers.forEach(ServedVigint::close);
        PostgresTestDatabase.dropSchema(postgres);
    }

    /** Serves from {@code dir} over {@code databaseUrl} (null: embedded H2 under {@code dir}) on the test's clock. */
    private ServedVigint serve(Path dir, String databaseUrl, Map<String, String> extra) throws IOException {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("VIGINT_VIDEO_SHORT_WINDOW", "3s");
        environment.put("VIGINT_VIDEO_LONG_WINDOW", "10s");
        environment.put("VIGINT_RATE_LIMIT_PER_MINUTE", "100000");
        ServedVigint served = ServedVigint.start(dir, databaseUrl, environment, modules -> Modules.override(modules)
                .with(binder -> binder.bind(Clock.class).toInstance(clock)));
        servers.add(served);
        return served;
    }

    private String postgresUrl() {
        postgres = PostgresTestDatabase.createSchema();
        return postgres.url();
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ServedVigint.JSON.readTree(response.body());
    }

    /** An alert body as the original {@code app.py} builds it from an analysis: no source, its frame_count. */
    private static String alertFrom(JsonNode analysis) {
        ObjectNode alert = ServedVigint.JSON.createObjectNode();
        alert.put("analysis", analysis.get("analysis").asText());
        alert.put("frame_count", analysis.get("frames_analyzed").asInt());
        alert.put("risk_level", analysis.get("risk_level").asText());
        alert.put("incident_type", analysis.get("incident_type").asText());
        return alert.toString();
    }

    private static String alert(String analysis, String risk, String type) {
        return ServedVigint.JSON
                .createObjectNode()
                .put("analysis", analysis)
                .put("risk_level", risk)
                .put("incident_type", type)
                .toString();
    }

    /** What the stream of one continuous incident gave: every analysis text and every alert answer. */
    private record Stream(List<String> analyses, List<String> risks, List<JsonNode> answers) {
        long sent() {
            return answers.stream()
                    .filter(a -> !a.get("deduplicated").asBoolean())
                    .count();
        }
    }

    /**
     * A camera watching a person walk about for {@code length}: every {@link #ANALYSIS_INTERVAL} the last 2 s
     * of frames are buffered, analyzed, and the incident alerted as the original client does; each email
     * queued is awaited in the outbox before the clock moves on.
     */
    private Stream streamAContinuousIncident(ServedVigint served, CreatedClient client, Duration length)
            throws Exception {
        Stream stream = new Stream(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Instant end = clock.instant().plus(length);
        for (int step = 0; clock.instant().isBefore(end); step++) {
            Instant now = clock.instant();
            served.bufferBatch(
                    client,
                    "default",
                    SyntheticScenes.moving(10, 30, 10, FrameFormat.JPEG, now.minusMillis(2000), step));
            JsonNode analysis = ok(served.post(client, "api/video/analyze", "{}"));
            assertThat(analysis.get("has_security_incident").asBoolean())
                    .as(analysis.toString())
                    .isTrue();
            stream.analyses().add(analysis.get("analysis").asText());
            stream.risks().add(analysis.get("risk_level").asText());
            JsonNode answer = ok(served.post(client, "api/video/alert", alertFrom(analysis)));
            assertThat(answer.get("success").asBoolean()).isTrue();
            stream.answers().add(answer);
            if (!answer.get("deduplicated").asBoolean()) {
                assertThat(served.awaitOutbox((int) stream.sent())).hasSize((int) stream.sent());
            }
            clock.advance(ANALYSIS_INTERVAL);
        }
        return stream;
    }

    @Test
    void aContinuousIncidentAnalyzedEvery3SecondsFor2MinutesGivesTwoEmailsNotForty() throws Exception {
        ServedVigint served = serve(cwd, null, Map.of());
        CreatedClient acme = served.createClient("Acme");
        Instant start = clock.instant();

        Stream stream = streamAContinuousIncident(served, acme, TWO_MINUTES);

        assertThat(stream.answers()).hasSize(40);
        assertThat(new HashSet<>(stream.analyses()))
                .as("every analysis describes the incident in other words")
                .hasSize(40);
        assertThat(new HashSet<>(stream.risks()))
                .as("at one risk level: %s", stream.risks())
                .hasSize(1);
        List<Integer> sentAt = new ArrayList<>();
        for (int i = 0; i < stream.answers().size(); i++) {
            JsonNode answer = stream.answers().get(i);
            if (!answer.get("deduplicated").asBoolean()) {
                sentAt.add(i * 3);
            }
            long seconds = i * 3L;
            long cooldownStart = seconds < 60 ? 0 : 60;
            assertThat(answer.get("cooldown_until").asText())
                    .as("answer at %d s", seconds)
                    .isEqualTo(start.plusSeconds(cooldownStart + 60).toString());
            assertThat(answer.get("cooldown_remaining_seconds").asLong()).isEqualTo(cooldownStart + 60 - seconds);
        }
        assertThat(sentAt)
                .as("seconds into the incident at which an email was queued")
                .containsExactly(0, 60);
        Thread.sleep(500);
        assertThat(served.awaitOutbox(2)).as("emails in the outbox").hasSize(2);
        for (Path email : served.outbox()) {
            assertThat(parse(email).getAllRecipients()[0].toString()).isEqualTo("acme@example.com");
        }
    }

    @Test
    void withoutACooldownTheSameIncidentGivesOneEmailPerAnalysis() throws Exception {
        ServedVigint served =
                serve(cwd, null, Map.of("VIGINT_ALERTS_COOLDOWN", "0s", "VIGINT_ALERTS_CLIP_FORMAT", "avi"));
        CreatedClient acme = served.createClient("Acme");

        Stream stream = streamAContinuousIncident(served, acme, TWO_MINUTES);

        assertThat(stream.sent()).isEqualTo(40);
        assertThat(stream.answers())
                .allSatisfy(answer -> assertThat(answer.has("cooldown_until")).isFalse());
        assertThat(served.awaitOutbox(40)).hasSize(40);
    }

    @Test
    void theCooldownHoldsAcrossARestartOnTheEmbeddedDatabase() throws Exception {
        cooldownSurvivesARestart(null);
    }

    @Test
    void theCooldownHoldsAcrossARestartOnPostgres() throws Exception {
        cooldownSurvivesARestart(postgresUrl());
    }

    private void cooldownSurvivesARestart(String databaseUrl) throws Exception {
        ServedVigint first = serve(cwd, databaseUrl, Map.of());
        CreatedClient acme = first.createClient("Acme");
        Instant start = clock.instant();
        JsonNode sent = ok(first.post(acme, "api/alert", alert("Person at the till", "MEDIUM", "Theft")));
        assertThat(sent.get("deduplicated").asBoolean()).isFalse();
        assertThat(first.awaitOutbox(1)).hasSize(1);
        first.close();
        servers.remove(first);
        clock.advance(Duration.ofSeconds(10));

        ServedVigint second = serve(cwd, databaseUrl, Map.of());
        JsonNode again = ok(second.post(acme, "api/alert", alert("Person leaves with goods", "medium", " theft ")));
        JsonNode higher = ok(second.post(acme, "api/alert", alert("Person runs off", "HIGH", "theft")));
        JsonNode lower = ok(second.post(acme, "api/alert", alert("Person gone", "LOW", "theft")));

        assertThat(again.get("deduplicated").asBoolean())
                .as("after the restart")
                .isTrue();
        assertThat(again.get("cooldown_until").asText())
                .isEqualTo(start.plusSeconds(60).toString());
        assertThat(again.get("cooldown_remaining_seconds").asLong()).isEqualTo(50);
        assertThat(higher.get("deduplicated").asBoolean())
                .as("HIGH breaks through MEDIUM")
                .isFalse();
        assertThat(higher.get("cooldown_until").asText())
                .isEqualTo(start.plusSeconds(70).toString());
        assertThat(lower.get("deduplicated").asBoolean()).isTrue();
        assertThat(second.awaitOutbox(2))
                .as("the first server's email and the HIGH one")
                .hasSize(2);
        clock.advance(Duration.ofSeconds(60));
        assertThat(ok(second.post(acme, "api/alert", alert("Person back", "LOW", "theft")))
                        .get("deduplicated")
                        .asBoolean())
                .as("the HIGH cooldown has ended")
                .isFalse();
    }

    @Test
    void twoServersOnOnePostgresDatabaseSendOneEmailForAlertsArrivingTogether() throws Exception {
        String url = postgresUrl();
        ServedVigint a = serve(cwd.resolve("a"), url, Map.of("VIGINT_ALERTS_CLIP_FORMAT", "avi"));
        ServedVigint b = serve(cwd.resolve("b"), url, Map.of("VIGINT_ALERTS_CLIP_FORMAT", "avi"));
        CreatedClient acme = a.createClient("Acme");
        int rounds = 5;
        int perServer = 4;
        ExecutorService pool = Executors.newFixedThreadPool(2 * perServer);
        try {
            for (int round = 0; round < rounds; round++) {
                String body = alert("Smoke near the door", "HIGH", "fire " + round);
                CyclicBarrier together = new CyclicBarrier(2 * perServer);
                List<Callable<JsonNode>> alerts = new ArrayList<>();
                for (int i = 0; i < 2 * perServer; i++) {
                    ServedVigint server = i % 2 == 0 ? a : b;
                    alerts.add(() -> {
                        together.await();
                        return ok(server.post(acme, "api/alert", body));
                    });
                }
                int queued = 0;
                Set<String> cooldownEnds = new HashSet<>();
                for (Future<JsonNode> answer : pool.invokeAll(alerts)) {
                    queued += answer.get().get("deduplicated").asBoolean() ? 0 : 1;
                    cooldownEnds.add(answer.get().get("cooldown_until").asText());
                }
                assertThat(queued)
                        .as("round %d: alerts queued of %d", round, 2 * perServer)
                        .isEqualTo(1);
                assertThat(cooldownEnds)
                        .as("everyone is told the same cooldown")
                        .hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
        long deadline = System.nanoTime() + ServedVigint.MAIL_WAIT.toNanos();
        while (a.outbox().size() + b.outbox().size() < rounds && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        assertThat(a.outbox().size() + b.outbox().size())
                .as("emails in both servers' outboxes")
                .isEqualTo(rounds);
    }

    private static MimeMessage parse(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
