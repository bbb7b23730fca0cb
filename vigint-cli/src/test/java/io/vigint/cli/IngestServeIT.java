package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import io.vigint.app.VigintApp;
import io.vigint.app.config.Settings;
import io.vigint.cli.CliRun.Result;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.core.testing.TestFrames;
import io.vigint.core.usage.IngestUsage;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.core.usage.UsageQuery;
import io.vigint.core.usage.UsageReportUseCase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frame ingest through {@code serve}'s own wiring ({@link VigintApp#start}: group-commit metering over the
 * real database, the rate limiter, the access-change feed) with its clock moved by hand: the counts per
 * client, source and minute in the database are exact, {@code vigint usage report} shows them, and an ingest
 * limit set with {@code vigint clients set-ingest-limit} (or the operator API) reaches the running server. On
 * the embedded H2 database here; {@link PostgresIngestServeIT} runs the same on PostgreSQL.
 */
class IngestServeIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path cwd;

    private final HttpClient http = HttpClient.newHttpClient();
    private final MutableClock clock =
            new MutableClock(Instant.now().truncatedTo(ChronoUnit.MINUTES).plusSeconds(5));
    private VigintApp app;

    /** The {@code --database-url} for the server and the CLI; none for the embedded H2 database. */
    String databaseUrl() {
        return null;
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close(Duration.ofSeconds(2));
        }
    }

    private void serve() throws Exception {
        Settings settings = Settings.resolve(new Settings.Flags(null, null, databaseUrl()), Map.of(), cwd);
        UnaryOperator<Module> handClock = modules -> Modules.override(modules)
                .with(binder -> binder.bind(Clock.class).toInstance(clock));
        app = VigintApp.start(settings, "127.0.0.1", 0, handClock);
    }

    private Result vigint(String... args) {
        List<String> all = new ArrayList<>();
        if (databaseUrl() != null) {
            all.addAll(List.of("--database-url", databaseUrl()));
        }
        all.addAll(List.of(args));
        return new CliRun(cwd).run(all);
    }

    private CreatedClient client(String name) {
        return app.injector()
                .getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand(name, name.toLowerCase() + "@example.com", null));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(app.uri().resolve(path));
    }

    /** One frame as the original client sends it: JSON, base64, {@code Authorization: Bearer <key>}. */
    private HttpResponse<String> frame(CreatedClient client, String source, byte[] jpeg) throws Exception {
        return send(request("api/video/buffer")
                .header("Authorization", "Bearer " + client.apiKey().plainText())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"frame_data\":\""
                        + Base64.getEncoder().encodeToString(jpeg) + "\",\"frame_count\":1,\"source_id\":\"" + source
                        + "\",\"timestamp\":null}")));
    }

    private HttpResponse<String> rawFrame(CreatedClient client, String source, byte[] jpeg) throws Exception {
        return send(request("api/video/multi-source/buffer?source_id=" + source)
                .header("X-API-Key", client.apiKey().plainText())
                .header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg)));
    }

    @Test
    void framesAreCountedExactlyPerSourceAndMinuteInTheDatabaseAndTheCliReportsThem() throws Exception {
        serve();
        CreatedClient shop = client("Shop");
        ClientId id = shop.client().id();
        List<byte[]> images = List.of(TestFrames.jpeg(160, 120, 10), TestFrames.noisyJpeg(320, 240, 4));
        Instant minute0 = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        int[] perMinute = {45, 46, 46};
        long[] bytes = new long[3];
        for (int minute = 0; minute < 3; minute++) {
            for (int i = 0; i < perMinute[minute]; i++) {
                byte[] jpeg = images.get(i % 2);
                HttpResponse<String> response = i % 3 == 0 ? rawFrame(shop, "door", jpeg) : frame(shop, "door", jpeg);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                bytes[minute] += jpeg.length;
                clock.advance(Duration.ofMillis(40));
            }
            assertThat(frame(shop, "yard", images.get(0)).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(1));
        }

        UsagePeriod today = new UsagePeriod(minute0, minute0.plus(1, ChronoUnit.DAYS));
        UsageReportUseCase usage = app.injector().getInstance(UsageReportUseCase.class);
        long yard = images.get(0).length;
        assertThat(usage.ingestByMinute(id, today, 100))
                .containsExactly(
                        new IngestUsage(id, "door", minute0, 45, bytes[0]),
                        new IngestUsage(id, "yard", minute0, 1, yard),
                        new IngestUsage(id, "door", minute0.plusSeconds(60), 46, bytes[1]),
                        new IngestUsage(id, "yard", minute0.plusSeconds(60), 1, yard),
                        new IngestUsage(id, "door", minute0.plusSeconds(120), 46, bytes[2]),
                        new IngestUsage(id, "yard", minute0.plusSeconds(120), 1, yard));
        List<UsageEntry> records =
                usage.records(new UsageQuery(id, today, null, 100)).items();
        assertThat(records).as("no usage record per frame").isEmpty();

        Result report = vigint(
                "usage",
                "report",
                "--client-id",
                Long.toString(id.value()),
                "--from",
                minute0.toString(),
                "--to",
                minute0.plus(1, ChronoUnit.DAYS).toString(),
                "--output",
                "json");
        assertThat(report.status()).as(report.toString()).isZero();
        assertThat(report.json().get("ingest").toString())
                .isEqualTo("[{\"source_id\":\"door\",\"frames\":137,\"bytes\":" + (bytes[0] + bytes[1] + bytes[2])
                        + "},{\"source_id\":\"yard\",\"frames\":3,\"bytes\":" + 3 * yard + "}]");
        assertThat(report.json().get("usage")).isEmpty();
    }

    @Test
    void anIngestLimitSetWithTheCliOrTheOperatorApiReachesTheRunningServer() throws Exception {
        serve();
        CreatedClient shop = client("Shop");
        byte[] jpeg = TestFrames.jpeg();
        assertThat(frame(shop, "door", jpeg).statusCode()).isEqualTo(200);

        Result set = vigint(
                "clients",
                "set-ingest-limit",
                "--client-id",
                Long.toString(shop.client().id().value()),
                "--frames-per-second",
                "2",
                "--bytes-per-second",
                "default");
        assertThat(set.status()).as(set.toString()).isZero();
        JsonNode refusal = awaitRefusal(shop, "door", jpeg, 2);
        assertThat(refusal.at("/error/details/limit_name").asText()).isEqualTo("frames_per_second_per_source");
        assertThat(refusal.at("/error/details/limit").asInt()).isEqualTo(2);
        assertThat(frame(shop, "yard", jpeg).statusCode())
                .as("another source of the client has its own bucket")
                .isEqualTo(200);

        String operatorKey = app.injector()
                .getInstance(OperatorKeysUseCase.class)
                .createOperatorKey("ops")
                .plainText();
        HttpResponse<String> put = send(request(
                        "admin/v1/clients/" + shop.client().id().value() + "/ingest-limit")
                .header("X-Admin-Key", operatorKey)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"frames_per_second\":1,\"bytes_per_second\":null}")));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode lower = awaitRefusal(shop, "gate", jpeg, 1);
        assertThat(lower.at("/error/details/limit").asInt()).isEqualTo(1);
        assertThat(lower.at("/error/details/burst").asInt())
                .as("20 s of 1 frame a second")
                .isEqualTo(20);
    }

    /**
     * Sends frames of {@code source} until one is refused, for at most 20 seconds (a change reaches the server
     * through the access-change feed, within a second) at the frame rate {@code limit}; returns that refusal. A
     * refusal at another rate (the old limit, while the change is on its way: the frames of a fresh source can
     * empty its bucket in well under a second) is waited out.
     */
    private JsonNode awaitRefusal(CreatedClient client, String source, byte[] jpeg, int limit) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = frame(client, source, jpeg);
            if (response.statusCode() == 429) {
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                JsonNode refusal = JSON.readTree(response.body());
                if (refusal.at("/error/details/limit").asInt() == limit) {
                    return refusal;
                }
                Thread.sleep(50);
                continue;
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        throw new AssertionError("no frame of " + source + " was refused at " + limit + " a second within 20 s");
    }
}
