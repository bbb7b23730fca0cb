package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;
import io.vigint.app.AlertModule;
import io.vigint.app.ClipModule;
import io.vigint.app.ServeModule;
import io.vigint.app.VigintApp;
import io.vigint.app.config.Settings;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.client.DeleteClientUseCase;
import io.vigint.core.contract.AviFile;
import io.vigint.core.contract.ClipFrames;
import io.vigint.core.contract.ClipTestWindows;
import io.vigint.core.contract.RecordingAlertMailer;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.FrameWindows;
import io.vigint.http.ServerConfig;
import io.vigint.http.server.VigintServer;
import io.vigint.mail.MailModule;
import io.vigint.persistence.Database;
import io.vigint.testsupport.Ffprobe;
import io.vigint.testsupport.Mp4Boxes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert wiring of {@code vigint serve}: the modules {@code Main} and {@code serve} install, on the
 * embedded H2 database and the real data directory, with the server's own secrets; only the mailer and
 * the frame windows are stand-ins (their real adapters are wired by their own modules).
 */
class AlertServeIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path cwd;

    private final HttpClient http = HttpClient.newHttpClient();
    private final RecordingAlertMailer mailer = new RecordingAlertMailer();
    private final ClipTestWindows windows = new ClipTestWindows();
    private Injector injector;
    private VigintServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ofSeconds(2));
        }
        if (injector != null) {
            injector.getInstance(Database.class).close();
        }
    }

    private void start(Map<String, String> env, UnaryOperator<Module> wiring) throws IOException {
        Settings settings = Settings.resolve(Settings.Flags.none(), env, cwd);
        ServerConfig config = settings.server().withListen("127.0.0.1", 0);
        Module modules = VigintApp.modules(
                settings, List.of(new ServeModule(config), new AlertModule(settings.alerts(), config)));
        injector = Guice.createInjector(wiring.apply(modules));
        server = injector.getInstance(VigintServer.class);
        server.start();
    }

    private Module withStandIns(Module modules) {
        return Modules.override(modules).with(binder -> {
            binder.bind(Key.get(ClientMailer.class, Names.named(MailModule.SINGLE_TRY)))
                    .toInstance(mailer);
            binder.bind(FrameWindows.class).toInstance(windows);
        });
    }

    private CreatedClient createClient(String name) {
        return injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand(name, name.toLowerCase() + "@example.com", null));
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode alert(CreatedClient client, String body) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(server.uri().resolve("api/alert"))
                .header("X-API-Key", client.apiKey().plainText())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Waits (at most 10 s) until the mail queue's drainer has handed {@code count} messages to the mailer. */
    private void awaitSent(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (mailer.sent().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private Path clips() {
        return cwd.resolve("vigint-data").resolve(ClipModule.CLIPS_DIRECTORY);
    }

    @Test
    void serveSendsAlertsStoresLargeClipsUnderTheDataDirectoryAndServesThemBySignedLink() throws Exception {
        start(Map.of("VIGINT_ALERTS_MAX_ATTACHMENT_BYTES", "1000"), this::withStandIns);
        CreatedClient acme = createClient("Acme");
        windows.put(
                acme.client().id(),
                "default",
                ClipFrames.moving(6, FrameFormat.JPEG, 64, 48, Instant.now(), Duration.ofMillis(100)));

        JsonNode result = alert(acme, "{\"analysis\":\"Person at the gate\",\"risk_level\":\"HIGH\"}");

        assertThat(result.get("recipient").asText()).isEqualTo("acme@example.com");
        assertThat(result.get("video_attached").asBoolean()).isFalse();
        URI link = URI.create(result.get("video_link").asText());
        assertThat(link.getPath()).matches("/video/[A-Za-z0-9_-]{22}");
        assertThat(result.get("delivery").asText()).isEqualTo("queued");
        awaitSent(1);
        assertThat(mailer.sent()).hasSize(1);
        assertThat(mailer.sent().get(0).message().text()).contains(link.toString());
        try (Stream<Path> files = Files.list(clips())) {
            assertThat(files).hasSize(2);
        }

        HttpResponse<byte[]> video = send(
                HttpRequest.newBuilder(server.uri().resolve(link.getRawPath().substring(1) + "?" + link.getRawQuery()))
                        .GET()
                        .build());
        assertThat(video.statusCode()).isEqualTo(200);
        // clips are MP4 by default (alerts.clip_format): what ffprobe, a browser's demuxer, finds in it
        assertThat(video.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(Mp4Boxes.fastStart(video.body())).isTrue();
        Ffprobe.Probe probe = Ffprobe.probe(video.body());
        assertThat(probe.codec()).isEqualTo("h264");
        assertThat(probe.frames()).isEqualTo(6);

        injector.getInstance(DeleteClientUseCase.class)
                .deleteClient(acme.client().id());
        try (Stream<Path> files = Files.list(clips())) {
            assertThat(files).as("deleting the client deletes its clips").isEmpty();
        }
    }

    @Test
    void clipFormatAviServesMjpegInAviAsBeforeMp4() throws Exception {
        start(
                Map.of("VIGINT_ALERTS_MAX_ATTACHMENT_BYTES", "1000", "VIGINT_ALERTS_CLIP_FORMAT", "avi"),
                this::withStandIns);
        CreatedClient acme = createClient("Acme");
        windows.put(
                acme.client().id(),
                "default",
                ClipFrames.moving(6, FrameFormat.JPEG, 64, 48, Instant.now(), Duration.ofMillis(100)));

        URI link = URI.create(alert(acme, "{\"analysis\":\"Person at the gate\",\"risk_level\":\"HIGH\"}")
                .get("video_link")
                .asText());
        HttpResponse<byte[]> video = send(
                HttpRequest.newBuilder(server.uri().resolve(link.getRawPath().substring(1) + "?" + link.getRawQuery()))
                        .GET()
                        .build());

        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.headers().firstValue("Content-Type")).contains("video/x-msvideo");
        assertThat(AviFile.parse(video.body()).frames).hasSize(6);
    }

    @Test
    void withNoFrameBuffersOrMailerWiredAlertsStillAnswerWithoutVideo() throws Exception {
        start(Map.of(), UnaryOperator.identity());
        CreatedClient acme = createClient("Acme");

        JsonNode result = alert(acme, "{\"analysis\":\"Smoke\",\"risk_level\":\"LOW\"}");

        assertThat(result.get("success").asBoolean()).isTrue();
        assertThat(result.get("video_attached").asBoolean()).isFalse();
        assertThat(result.has("video_link")).isFalse();
        assertThat(clips()).doesNotExist();
    }
}
