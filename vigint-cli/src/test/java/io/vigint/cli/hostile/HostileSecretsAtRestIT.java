package io.vigint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.cli.ServedVigint;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.TestFrames;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.persistence.Database;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 6 of issue 9 (secrets at rest), against a real {@code vigint serve}: an API key created with an
 * {@code Idempotency-Key} was stored in plain text in {@code idempotency_records} for 24 hours; the
 * embedded database, clips and outbox were readable by every local user; and H2's auto-server listened on
 * every interface.
 */
class HostileSecretsAtRestIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path cwd;

    private ServedVigint served;
    private DatabaseSettings postgres;

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
        if (postgres != null) {
            PostgresTestDatabase.dropSchema(postgres);
        }
    }

    @Test
    void anIdempotentKeyCreationOnH2StoresNoPlainKeyAndItsReplayCreatesNothing() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());

        replayIsRedactedAndTheRowHoldsNoPlainKey();
    }

    @Test
    void anIdempotentKeyCreationOnPostgresStoresNoPlainKeyAndItsReplayCreatesNothing() throws Exception {
        PostgresTestDatabase.assumeAvailable();
        postgres = PostgresTestDatabase.createSchema();
        served = ServedVigint.start(cwd, postgres.url(), Map.of());

        replayIsRedactedAndTheRowHoldsNoPlainKey();
    }

    private void replayIsRedactedAndTheRowHoldsNoPlainKey() throws Exception {
        CreatedClient acme = served.createClient("Acme");
        String body = "{\"name\":\"yard camera\"}";

        HttpResponse<String> first = postWithKey(acme, "api/v1/keys", body, "create-yard-key");
        HttpResponse<String> replay = postWithKey(acme, "api/v1/keys", body, "create-yard-key");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String plainKey =
                find(ServedVigint.JSON.readTree(first.body()), "api_key").asText();
        assertThat(plainKey).startsWith("vgt_");
        long keyId =
                find(ServedVigint.JSON.readTree(first.body()), "key").get("id").asLong();

        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(replay.body()).doesNotContain(plainKey);
        JsonNode replayed = ServedVigint.JSON.readTree(replay.body());
        assertThat(find(replayed, "api_key")).as("no api_key in the replay").isNull();
        assertThat(find(replayed, "api_key_redacted").asBoolean()).isTrue();
        assertThat(find(replayed, "key").get("id").asLong())
                .as("the replay answers the same key's metadata")
                .isEqualTo(keyId);

        HttpResponse<String> keys = get(acme, "api/v1/keys");
        assertThat(keys.body()).contains("\"yard camera\"");
        assertThat(keys.body().split("\"yard camera\"", -1))
                .as("one key created, not two")
                .hasSize(2);

        List<byte[]> rows = idempotencyBodies();
        assertThat(rows).hasSize(1);
        String stored = new String(rows.get(0), StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain(plainKey).contains("\"api_key_redacted\":true");
        assertThat(stored).doesNotContain(plainKey.substring(4, 20));
    }

    @Test
    void theDataDirectoryAndEveryFileInItAreOwnerOnly() throws Exception {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(cwd.getFileSystem().supportedFileAttributeViews())
                    .as("CI runs on a POSIX file system, where file modes are checked")
                    .contains("posix");
        }
        assumeThat(cwd.getFileSystem().supportedFileAttributeViews()).contains("posix");
        served = ServedVigint.start(cwd, null, Map.of("VIGINT_ALERTS_MAX_ATTACHMENT_BYTES", "0"));
        CreatedClient acme = served.createClient("Acme");
        List<Frame> frames = new ArrayList<>();
        Instant start = Instant.now().minusSeconds(2);
        for (int i = 0; i < 3; i++) {
            frames.add(new Frame(TestFrames.jpeg(160, 120, 20 + 10 * i), FrameFormat.JPEG, start.plusMillis(200 * i)));
        }
        served.bufferBatch(acme, "yard", frames);
        HttpResponse<String> alert = served.post(
                acme,
                "api/alert",
                "{\"analysis\":\"A person in the yard\",\"risk_level\":\"HIGH\",\"source_id\":\"yard\"}");
        assertThat(alert.statusCode()).as(alert.body()).isEqualTo(200);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (served.outbox().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        Path data = cwd.resolve("vigint-data");
        assertThat(served.outbox()).as("the alert's message").isNotEmpty();
        assertThat(Files.list(data.resolve("clips")).count())
                .as("the alert's clip")
                .isPositive();
        assertThat(data.resolve("vigint.mv.db")).exists();
        List<String> loose = new ArrayList<>();
        try (Stream<Path> all = Files.walk(data)) {
            all.forEach(path -> {
                String mode = mode(path);
                String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                if (!mode.equals(expected)) {
                    loose.add(data.relativize(path) + " " + mode);
                }
            });
        }
        assertThat(loose)
                .as("directories 0700 and files 0600 in the data directory")
                .isEmpty();
    }

    @Test
    void theEmbeddedDatabasesAutoServerListensOnLoopbackOnly() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        served.createClient("Acme");

        Properties lock = new Properties();
        try (InputStream in = Files.newInputStream(cwd.resolve("vigint-data").resolve("vigint.lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        assertThat(server).as("the auto-server's address in the lock file").isNotNull();
        int colon = server.lastIndexOf(':');
        String host = server.substring(0, colon);
        int port = Integer.parseInt(server.substring(colon + 1));
        assertThat(InetAddress.getByName(host).isLoopbackAddress())
                .as("the auto-server announces %s", server)
                .isTrue();
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
        }
        for (InetAddress external : externalAddresses()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external, port), 2_000);
                throw new AssertionError("the auto-server accepts connections on " + external + ":" + port);
            } catch (IOException refused) {
                // not listening there: what we want
            }
        }
    }

    private List<byte[]> idempotencyBodies() throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        try (Connection connection = served.injector()
                        .getInstance(Database.class)
                        .dataSource()
                        .getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT body FROM idempotency_records");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                bodies.add(rows.getBytes(1));
            }
        }
        return bodies;
    }

    private HttpResponse<String> postWithKey(CreatedClient client, String path, String json, String idempotencyKey)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(served.server().uri().resolve(path))
                        .header("X-API-Key", client.apiKey().plainText())
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(CreatedClient client, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(served.server().uri().resolve(path))
                        .header("X-API-Key", client.apiKey().plainText())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first field named {@code name} anywhere in {@code node}, or null. */
    private static JsonNode find(JsonNode node, String name) {
        return node.findValue(name);
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }

    private static List<InetAddress> externalAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        addresses.add(address);
                    }
                }
            }
        }
        return addresses;
    }
}
