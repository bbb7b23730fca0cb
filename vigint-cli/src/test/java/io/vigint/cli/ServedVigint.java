package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import io.vigint.app.VigintApp;
import io.vigint.app.config.Settings;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.mail.MailQueue;
import io.vigint.core.mail.MailQueueDepth;
import io.vigint.core.video.Frame;
import io.vigint.http.server.VigintServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * {@code vigint serve}'s own wiring ({@link VigintApp#start}) started in-process on a free port, with the data directory {@code vigint-data} under a test's working
 * directory, and the few requests the end-to-end tests share. The frame windows are wider than the
 * defaults (2 min / 1 min) only so that a slow machine cannot age frames out between buffering and
 * analysing.
 */
public final class ServedVigint implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();

    /** How long the helpers wait for the mail queue's drainer. */
    public static final Duration MAIL_WAIT = Duration.ofSeconds(15);

    private final Path cwd;
    private final VigintApp app;
    private final Injector injector;
    private final VigintServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServedVigint(Path cwd, VigintApp app) {
        this.cwd = cwd;
        this.app = app;
        this.injector = app.injector();
        this.server = app.server();
    }

    /**
     * Starts the server over {@code databaseUrl} (null: the embedded H2 database under {@code cwd}) with
     * the environment {@code extra} on top of the defaults.
     */
    public static ServedVigint start(Path cwd, String databaseUrl, Map<String, String> extra) throws IOException {
        return start(cwd, databaseUrl, extra, UnaryOperator.identity());
    }

    /**
     * {@link #start(Path, String, Map)} with {@code serve}'s modules passed through {@code wiring} (a test
     * replaces a binding with {@code Modules.override(modules).with(…)}, e.g. the incident analyzer or the clock).
     */
    public static ServedVigint start(
            Path cwd, String databaseUrl, Map<String, String> extra, UnaryOperator<Module> wiring) throws IOException {
        Map<String, String> environment = new HashMap<>(extra);
        environment.putIfAbsent("VIGINT_VIDEO_LONG_WINDOW", "2m");
        environment.putIfAbsent("VIGINT_VIDEO_SHORT_WINDOW", "1m");
        Settings settings = Settings.resolve(new Settings.Flags(null, null, databaseUrl), environment, cwd);
        return new ServedVigint(cwd, VigintApp.start(settings, "127.0.0.1", 0, wiring));
    }

    /** {@link #start(Path, String, Map)} on the embedded database with {@code clock} as the server's clock. */
    public static ServedVigint startOnClock(Path cwd, Map<String, String> extra, Clock clock) throws IOException {
        return start(cwd, null, extra, modules -> Modules.override(modules)
                .with(binder -> binder.bind(Clock.class).toInstance(clock)));
    }

    public Injector injector() {
        return injector;
    }

    public VigintServer server() {
        return server;
    }

    public CreatedClient createClient(String name) {
        return injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand(name, name.toLowerCase() + "@example.com", null));
    }

    /** POSTs {@code json} to {@code path} (relative to the server root) with the client's API key. */
    public HttpResponse<String> post(CreatedClient client, String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.uri().resolve(path))
                        .header("X-API-Key", client.apiKey().plainText())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * POSTs {@code json} to {@code path} as the original Vigint's Python clients do ({@code requests.post(url,
     * json=…, headers=…)}: their User-Agent and Accept, JSON), authenticated by the header {@code authHeader}
     * ({@code X-API-Key}, or {@code Authorization} with {@code Bearer <key>}).
     */
    public HttpResponse<String> postAsPythonClient(String path, String json, String authHeader, String authValue)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.uri().resolve(path))
                        .header("User-Agent", "python-requests/2.31.0")
                        .header("Accept", "*/*")
                        .header(authHeader, authValue)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Buffers {@code frames} on {@code source} in one batch, which must succeed; returns {@code frames_added}. */
    public int bufferBatch(CreatedClient client, String source, List<Frame> frames) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("source_id", source);
        ArrayNode array = body.putArray("frames");
        for (Frame frame : frames) {
            array.addObject()
                    .put("frame_data", Base64.getEncoder().encodeToString(frame.data()))
                    .put("frame_count", 1)
                    .put("timestamp", frame.timestamp().toString());
        }
        HttpResponse<String> response = post(client, "api/video/buffer/batch", body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("status").asText()).isEqualTo("buffered");
        return answer.get("frames_added").asInt();
    }

    /** The {@code .eml} files in the outbox, oldest first (their names sort by sending time). */
    public List<Path> outbox() throws IOException {
        Path folder = cwd.resolve("vigint-data").resolve("outbox");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Waits (at most {@link #MAIL_WAIT}) until the outbox holds {@code count} messages, as the mail queue's
     * drainer sends in the background; returns the outbox then, whatever it holds.
     */
    public List<Path> awaitOutbox(int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        List<Path> files = outbox();
        while (files.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            files = outbox();
        }
        return files;
    }

    /** The files in the data directory's {@code videos} folder (clients' created and hosted videos), if any. */
    public List<Path> videoFiles() throws IOException {
        Path folder = cwd.resolve("vigint-data").resolve("videos");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** The mail queue's depth now. */
    public MailQueueDepth mailQueue() {
        return injector.getInstance(MailQueue.class).depth(Instant.now());
    }

    /**
     * Waits (at most {@link #MAIL_WAIT}) until the mail queue has nothing waiting or being sent; returns
     * its depth then.
     */
    public MailQueueDepth awaitMailQueueSettled() throws InterruptedException {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        MailQueueDepth depth = mailQueue();
        while ((depth.waiting() > 0 || depth.inFlight() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            depth = mailQueue();
        }
        return depth;
    }

    @Override
    public void close() {
        app.close(Duration.ofSeconds(2));
    }
}
