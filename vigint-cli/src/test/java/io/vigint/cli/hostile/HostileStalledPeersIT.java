package io.vigint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.cli.ServedVigint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow and silent peers hold no worker: against a real served Vigint (serve's wiring, default settings),
 * 200 connections each send the headers of a chunked {@code POST /auth/token} and one byte of its body and
 * then stall, 50 more stop in the middle of their request line or headers, and 20 connect and say nothing.
 * While all of them are held, every request of another client (health checks, and key creations with a JSON
 * body, each on a fresh connection) is answered within 2 s. A stalled body is answered 408 {@code REQUEST_TIMEOUT}
 * once it has been silent for {@code server.idle_timeout}, and a chunked body over
 * {@code server.max_body_bytes} is 413 {@code PAYLOAD_TOO_LARGE} with the error envelope.
 */
class HostileStalledPeersIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STALLED_BODIES = 200;
    private static final int STALLED_HEADERS = 50;
    private static final int SILENT = 20;
    private static final long ANSWER_WITHIN_MILLIS = 2_000;

    @TempDir
    Path cwd;

    private final List<Socket> held = new ArrayList<>();
    private final List<Socket> stalledBodies = new ArrayList<>();

    @AfterEach
    void closeHeld() {
        for (Socket socket : held) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    @Test
    void otherClientsAreAnsweredWithin2sWhileStalledBodiesAndHeadersAreHeld() throws Exception {
        try (ServedVigint vigint = ServedVigint.start(cwd, null, Map.of())) {
            int port = vigint.server().port();
            String key = vigint.createClient("Acme").apiKey().plainText();
            // Warm up (class loading, JIT) before the peers arrive: the 2 s bound is about them, not start-up.
            assertThat(health(port)).startsWith("HTTP/1.1 200");
            assertThat(createKey(port, key, "warm-up")).startsWith("HTTP/1.1 201");

            for (int i = 0; i < STALLED_BODIES; i++) {
                Socket socket = open(port);
                send(
                        socket,
                        "POST /auth/token HTTP/1.1\r\nHost: vigint\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\n"
                                + "Transfer-Encoding: chunked\r\n\r\n"
                                + "1\r\nu\r\n");
                stalledBodies.add(socket);
            }
            for (int i = 0; i < STALLED_HEADERS; i++) {
                Socket socket = open(port);
                send(socket, i % 2 == 0 ? "POST /auth/tok" : "POST /auth/token HTTP/1.1\r\nHost: vigint\r\nContent-Le");
            }
            for (int i = 0; i < SILENT; i++) {
                open(port);
            }
            Thread.sleep(1_000);

            for (int round = 0; round < 10; round++) {
                long started = System.nanoTime();
                String health = health(port);
                long healthMillis = (System.nanoTime() - started) / 1_000_000;
                assertThat(health)
                        .as("health check %d, answered in %d ms", round, healthMillis)
                        .startsWith("HTTP/1.1 200");
                assertThat(healthMillis).isLessThan(ANSWER_WITHIN_MILLIS);

                started = System.nanoTime();
                String created = createKey(port, key, "cam-" + round);
                long createdMillis = (System.nanoTime() - started) / 1_000_000;
                assertThat(created)
                        .as("key creation %d (a JSON body), answered in %d ms", round, createdMillis)
                        .startsWith("HTTP/1.1 201");
                assertThat(createdMillis).isLessThan(ANSWER_WITHIN_MILLIS);
            }

            // The stalled peers are still connected: nothing was answered to them or closed under them yet.
            for (Socket stalled : List.of(stalledBodies.get(0), stalledBodies.get(STALLED_BODIES - 1))) {
                stalled.setSoTimeout(200);
                assertThat(readsNothingYet(stalled))
                        .as("a stalled body is still held")
                        .isTrue();
            }
        }
    }

    @Test
    void aStalledBodyIsAnswered408OnceSilentForTheIdleTimeout() throws Exception {
        try (ServedVigint vigint = ServedVigint.start(cwd, null, Map.of("VIGINT_IDLE_TIMEOUT", "2s"))) {
            int port = vigint.server().port();
            Socket socket = open(port);
            long started = System.nanoTime();
            send(
                    socket,
                    "POST /auth/token HTTP/1.1\r\nHost: vigint\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n"
                            + "1\r\nu\r\n");
            socket.setSoTimeout(15_000);

            String answer = readAll(socket.getInputStream());
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(answer).containsIgnoringCase("Connection: close");
            JsonNode envelope = JSON.readTree(body(answer));
            assertThat(envelope.at("/error/code").asText()).isEqualTo("REQUEST_TIMEOUT");
            assertThat(envelope.get("status").asText()).isEqualTo("error");
            assertThat(millis).isBetween(1_500L, 10_000L);
        }
    }

    @Test
    void aSilentConnectionAndStalledHeadersAreClosedAfterTheIdleTimeout() throws Exception {
        try (ServedVigint vigint = ServedVigint.start(cwd, null, Map.of("VIGINT_IDLE_TIMEOUT", "2s"))) {
            int port = vigint.server().port();
            Socket silent = open(port);
            Socket headers = open(port);
            send(headers, "POST /auth/token HTTP/1.1\r\nHost: vig");
            silent.setSoTimeout(15_000);
            headers.setSoTimeout(15_000);
            long started = System.nanoTime();

            assertThat(silent.getInputStream().read()).isEqualTo(-1);
            assertThat(headers.getInputStream().read()).isEqualTo(-1);
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000L);
        }
    }

    @Test
    void aChunkedFormBodyOverTheLimitIs413WithTheEnvelope() throws Exception {
        try (ServedVigint vigint = ServedVigint.start(cwd, null, Map.of())) {
            int port = vigint.server().port();
            Socket socket = open(port);
            socket.setSoTimeout(15_000);
            send(
                    socket,
                    "POST /auth/token HTTP/1.1\r\nHost: vigint\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n");
            // 1.25 MiB of form data in 64 KiB chunks, over the default 1 MiB, written while the answer is read.
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) 'a');
                    byte[] start = "username=".getBytes(StandardCharsets.US_ASCII);
                    System.arraycopy(start, 0, chunk, 0, start.length);
                    for (int i = 0; i < 20; i++) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        chunk = new byte[64 * 1024];
                        java.util.Arrays.fill(chunk, (byte) 'a');
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // The server may close the connection once it has answered: that is fine.
                }
            });

            String answer = readAll(socket.getInputStream());
            writer.get(15, TimeUnit.SECONDS);

            assertThat(answer).startsWith("HTTP/1.1 413");
            JsonNode envelope = JSON.readTree(body(answer));
            assertThat(envelope.at("/error/code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(envelope.at("/error/details/max_bytes").asLong()).isEqualTo(1_048_576L);
            assertThat(envelope.get("status").asText()).isEqualTo("error");
        }
    }

    private Socket open(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        held.add(socket);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Sends {@code request} on a new connection and reads the answer until the server closes it. */
    private String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) ANSWER_WITHIN_MILLIS);
            socket.setSoTimeout((int) ANSWER_WITHIN_MILLIS);
            send(socket, request);
            try {
                return readAll(socket.getInputStream());
            } catch (SocketTimeoutException e) {
                return "no answer within " + ANSWER_WITHIN_MILLIS + " ms";
            }
        }
    }

    private String health(int port) throws IOException {
        return exchange(port, "GET /api/health HTTP/1.1\r\nHost: vigint\r\nConnection: close\r\n\r\n");
    }

    private String createKey(int port, String apiKey, String name) throws IOException {
        String json = "{\"name\":\"" + name + "\"}";
        return exchange(
                port,
                "POST /api/v1/keys HTTP/1.1\r\nHost: vigint\r\nConnection: close\r\n"
                        + "X-API-Key: " + apiKey + "\r\n"
                        + "Content-Type: application/json\r\n"
                        + "Content-Length: " + json.length() + "\r\n\r\n" + json);
    }

    private static boolean readsNothingYet(Socket socket) throws IOException {
        try {
            socket.getInputStream().read();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // A reset after the answer: keep what arrived.
            if (all.size() == 0) {
                throw e;
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    /** The body of a response read whole (chunked or not: the envelope is one line of JSON). */
    private static String body(String response) {
        String rest = response.substring(response.indexOf("\r\n\r\n") + 4);
        int start = rest.indexOf('{');
        int end = rest.lastIndexOf('}');
        return rest.substring(start, end + 1);
    }
}
