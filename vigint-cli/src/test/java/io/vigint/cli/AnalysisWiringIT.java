package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.vigint.app.AnalysisModule;
import io.vigint.app.ServeModule;
import io.vigint.app.VigintApp;
import io.vigint.app.config.Settings;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.StaticFrameWindows;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.FrameWindows;
import io.vigint.http.server.VigintServer;
import io.vigint.persistence.Database;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wiring {@code vigint serve} uses for analysis (the CLI's modules, the embedded H2 database, the real
 * server on a free port), with the analyzer chosen by the settings and frame windows bound the way the
 * frame-buffer adapter binds them.
 */
class AnalysisWiringIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GEMINI_KEY = "gemini-key-for-wiring-test";

    @TempDir
    Path cwd;

    private final HttpClient http = HttpClient.newHttpClient();
    private final StaticFrameWindows windows = new StaticFrameWindows(15);
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

    private void serve(Map<String, String> environment, boolean bindWindows) throws IOException {
        Settings settings = Settings.resolve(Settings.Flags.none(), environment, cwd);
        List<Module> extra = new ArrayList<>(List.of(
                new ServeModule(settings.server().withListen("127.0.0.1", 0)), AnalysisModule.of(settings.analysis())));
        if (bindWindows) {
            extra.add(new AbstractModule() {
                @Override
                protected void configure() {
                    bind(FrameWindows.class).toInstance(windows);
                }
            });
        }
        injector = Guice.createInjector(VigintApp.modules(settings, extra));
        server = injector.getInstance(VigintServer.class);
        server.start();
    }

    private CreatedClient client(String name) {
        return injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand(name, name.toLowerCase() + "@example.com", null));
    }

    private HttpResponse<String> analyze(String key) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.uri().resolve("api/video/analyze"))
                        .header("X-API-Key", key)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void byDefaultTheLocalAnalyzerFindsMotionInTheClientsOwnFrames() throws Exception {
        serve(Map.of(), true);
        CreatedClient alice = client("Alice");
        CreatedClient bob = client("Bob");
        windows.put(
                alice.client().id(),
                FrameWindows.DEFAULT_SOURCE,
                SyntheticScenes.moving(20, 30, 10, FrameFormat.JPEG, Instant.now(), 1));

        HttpResponse<String> alices = analyze(alice.apiKey().plainText());
        HttpResponse<String> bobs = analyze(bob.apiKey().plainText());

        assertThat(alices.statusCode()).as(alices.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(alices.body());
        assertThat(body.path("has_security_incident").asBoolean()).isTrue();
        assertThat(body.path("incident_type").asText()).isEqualTo("motion");
        assertThat(bobs.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(bobs.body()).at("/error/code").asText()).isEqualTo("NO_FRAMES");
    }

    @Test
    void withoutAFrameBufferAdapterEverySourceHasNoFrames() throws Exception {
        serve(Map.of(), false);

        HttpResponse<String> response = analyze(client("Alice").apiKey().plainText());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("NO_FRAMES");
    }

    @Test
    void geminiChosenInTheSettingsIsTheAnalyzerAndAnUnreachableOneIs503() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        serve(
                Map.of(
                        "VIGINT_ANALYZER",
                        "gemini",
                        "VIGINT_GEMINI_API_KEY",
                        GEMINI_KEY,
                        "VIGINT_GEMINI_BASE_URL",
                        "http://127.0.0.1:" + closedPort,
                        "VIGINT_GEMINI_TIMEOUT",
                        "2s"),
                true);
        CreatedClient alice = client("Alice");
        windows.put(
                alice.client().id(),
                FrameWindows.DEFAULT_SOURCE,
                SyntheticScenes.still(3, 0, FrameFormat.JPEG, Instant.now(), 2));

        HttpResponse<String> response = analyze(alice.apiKey().plainText());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("ANALYZER_UNAVAILABLE");
        assertThat(response.body()).doesNotContain(GEMINI_KEY);
    }
}
