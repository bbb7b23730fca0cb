package io.vigint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.cli.ServedVigint;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.TestFrames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies that do not arrive with their headers (over 64 KiB here) are collected before the request runs
 * ({@code BodyFirstHandler}); under keep-alive load this once handed Jersey a buffer Grizzly was still using
 * (400 "not valid JSON" for valid frames) and stalled the next request on a connection until the idle
 * timeout (408 after 30 s). Raw sockets, each request written whole in one write as wrk and many clients do.
 */
class HostileKeepAliveBodiesIT {
    private static final int ANSWER_WITHIN_MS = 5_000;

    @TempDir
    Path cwd;

    private ServedVigint served;

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void largeFramesAndSmallCallsOnKeepAliveConnectionsAreAllAnsweredAtOnceAndIntact() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of("VIGINT_RATE_LIMIT_PER_MINUTE", "1000000"));
        CreatedClient client = served.createClient("Acme");
        String key = client.apiKey().plainText();
        int port = served.server().port();
        byte[] jpeg = TestFrames.noisyJpeg(640, 480, 7);
        assertThat(jpeg.length).as("a frame larger than one 64 KiB read").isGreaterThan(70_000);
        byte[] json = ("{\"frame_data\":\"" + Base64.getEncoder().encodeToString(jpeg) + "\",\"frame_count\":1}")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] raw = request("POST", "/api/video/buffer?source_id=cam", key, "image/jpeg", jpeg);
        byte[] base64 = request("POST", "/api/video/buffer?source_id=cam", key, "application/json", json);
        byte[] health = request("GET", "/api/health", key, null, null);

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(threads.submit(() -> exchange(port, thread, List.of(raw, base64, health))));
            }
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> result : results) {
                problems.addAll(result.get());
            }
            assertThat(problems).as("every request answered 200 within 5 s").isEmpty();
        } finally {
            threads.shutdownNow();
        }
    }

    /** 15 rounds of the requests on keep-alive connections (a new one only where the server closed it). */
    private static List<String> exchange(int port, int thread, List<byte[]> requests) throws IOException {
        List<String> problems = new ArrayList<>();
        Socket socket = connect(port);
        try {
            for (int round = 0; round < 15; round++) {
                for (byte[] request : requests) {
                    long started = System.nanoTime();
                    socket.getOutputStream().write(request);
                    socket.getOutputStream().flush();
                    Answer answer = read(socket.getInputStream());
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (answer == null || answer.status() != 200 || millis > ANSWER_WITHIN_MS) {
                        problems.add("thread " + thread + " round " + round + ": "
                                + (answer == null ? "no answer" : answer.status() + " " + answer.body()) + " after "
                                + millis + " ms");
                        return problems;
                    }
                    if (answer.close()) {
                        socket.close();
                        socket = connect(port);
                    }
                }
            }
        } finally {
            socket.close();
        }
        return problems;
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        socket.setSoTimeout(ANSWER_WITHIN_MS + 1_000);
        return socket;
    }

    private static byte[] request(String method, String path, String key, String type, byte[] body) {
        StringBuilder head = new StringBuilder()
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: ")
                .append(key)
                .append("\r\n");
        if (body != null) {
            head.append("Content-Type: ")
                    .append(type)
                    .append("\r\nContent-Length: ")
                    .append(body.length)
                    .append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
            whole.writeBytes(body);
        }
        return whole.toByteArray();
    }

    private record Answer(int status, String body, boolean close) {}

    /** One response: status line, headers, and a Content-Length body; null when the connection ended. */
    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b;
            try {
                b = in.read();
            } catch (java.net.SocketTimeoutException e) {
                return null;
            }
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        int length = 0;
        boolean close = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        byte[] body = in.readNBytes(length);
        return new Answer(status, new String(body, StandardCharsets.UTF_8), close);
    }
}
