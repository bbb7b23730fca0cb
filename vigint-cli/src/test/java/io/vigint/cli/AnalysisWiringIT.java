package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import com.sun.net.httpserver.HttpServer;
import io.vigint.app.AnalysisModule;
import io.vigint.app.ServeModule;
import io.vigint.app.VigintApp;
import io.vigint.app.config.Settings;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.clip.ClipFormat;
import io.vigint.core.testing.StaticFrameWindows;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.FrameWindows;
import io.vigint.http.server.VigintServer;
import io.vigint.persistence.Database;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
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
    private HttpServer gemini;
    private final List<String> geminiRequests = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (gemini != null) {
            gemini.stop(0);
        }
        if (server != null) {
            server.stop(Duration.ofSeconds(2));
        }
        if (injector != null) {
            injector.getInstance(Database.class).close();
        }
    }

    private void serve(Map<String, String> environment, boolean bindWindows) throws IOException {
        serve(environment, bindWindows, UnaryOperator.identity());
    }

    private void serve(Map<String, String> environment, boolean bindWindows, UnaryOperator<Module> wiring)
            throws IOException {
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
        injector = Guice.createInjector(wiring.apply(VigintApp.modules(settings, extra)));
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

    /** A local stand-in for the Gemini endpoint answering a documented-shape response with a quiet verdict. */
    private Map<String, String> geminiOnALocalServer() throws IOException {
        gemini = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gemini.createContext("/", exchange -> {
            geminiRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String verdict = "{\\\"has_security_incident\\\": false, \\\"risk_level\\\": \\\"none\\\", "
                    + "\\\"incident_type\\\": \\\"none\\\", \\\"analysis\\\": \\\"An empty corridor.\\\"}";
            byte[] answer = ("{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"" + verdict
                            + "\"}], \"role\": \"model\"}, \"finishReason\": \"STOP\", \"index\": 0}], "
                            + "\"usageMetadata\": {\"promptTokenCount\": 900, \"candidatesTokenCount\": 30, "
                            + "\"totalTokenCount\": 930}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        gemini.start();
        return Map.of(
                "VIGINT_ANALYZER",
                "gemini",
                "VIGINT_GEMINI_API_KEY",
                GEMINI_KEY,
                "VIGINT_GEMINI_BASE_URL",
                "http://127.0.0.1:" + gemini.getAddress().getPort());
    }

    /** The one inline part of the one Gemini request made, after checking the request has exactly it and a prompt. */
    private JsonNode theOneClipSent() throws IOException {
        assertThat(geminiRequests).hasSize(1);
        JsonNode parts = JSON.readTree(geminiRequests.get(0)).at("/contents/0/parts");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(1).path("text").asText()).contains("video");
        return parts.get(0).path("inline_data");
    }

    private void analyzeAQuietScene() throws Exception {
        CreatedClient alice = client("Alice");
        windows.put(
                alice.client().id(),
                FrameWindows.DEFAULT_SOURCE,
                SyntheticScenes.still(6, 4, FrameFormat.JPEG, Instant.now(), 3));
        HttpResponse<String> response = analyze(alice.apiKey().plainText());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("analysis").asText()).isEqualTo("An empty corridor.");
    }

    @Test
    void geminiGetsTheWindowAsAClipFromTheServersClipEncoder() throws Exception {
        serve(geminiOnALocalServer(), true);

        analyzeAQuietScene();

        JsonNode inline = theOneClipSent();
        byte[] clip = Base64.getDecoder().decode(inline.path("data").asText());
        ClipFormat bound = injector.getInstance(ClipEncoder.class).format();
        assertThat(ClipFormat.sniff(clip)).isEqualTo(bound);
        assertThat(inline.path("mime_type").asText()).isEqualTo(bound == ClipFormat.AVI ? "video/avi" : "video/mp4");
    }

    @Test
    void bindingAnotherClipEncoderChangesWhatGeminiGetsWithNoOtherChange() throws Exception {
        byte[] mp4 = {0, 0, 0, 16, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
        ClipEncoder mp4Encoder = new ClipEncoder() {
            @Override
            public ClipFormat format() {
                return ClipFormat.MP4;
            }

            @Override
            public Optional<byte[]> encode(List<Frame> frames, long maxDecodePixels) {
                return Optional.of(mp4);
            }
        };
        serve(geminiOnALocalServer(), true, modules -> Modules.override(modules).with(new AbstractModule() {
            @Override
            protected void configure() {
                bind(ClipEncoder.class).toInstance(mp4Encoder);
            }
        }));

        analyzeAQuietScene();

        JsonNode inline = theOneClipSent();
        assertThat(inline.path("mime_type").asText()).isEqualTo("video/mp4");
        assertThat(Base64.getDecoder().decode(inline.path("data").asText())).isEqualTo(mp4);
    }
}
