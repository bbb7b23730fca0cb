package io.vigint.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The load of {@code bench/stalled-peers.sh}: the latency other clients see while slow peers hold
 * connections to a running {@code vigint serve}. Each round measures, for {@code SECONDS}, {@code CLIENTS}
 * closed-loop clients that alternate {@code GET /api/health} and {@code POST /api/v1/keys} (a small JSON
 * body, with the API key), each request on a fresh connection; first with no slow peer (baseline), then
 * while {@code STALLED} connections have sent the headers and one byte of a chunked {@code POST /auth/token}
 * body and stalled (and {@code STALLED}/4 more stopped in the middle of their headers). It prints p50, p99
 * and max per phase and round, then the median over the rounds of the p99 under stalled peers. Every
 * request has a 5 s timeout; a timeout or a status other than 200/201 counts as a failure.
 *
 * <p>Only loopback traffic; the request loop is bounded by {@code SECONDS} per phase.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.vigint.benchmarks.StalledPeersLoad PORT API_KEY [STALLED]
 * [CLIENTS] [SECONDS] [ROUNDS]} (defaults 200, 4, 15, 3). Keep {@code SECONDS} + 5 under the server's
 * {@code server.idle_timeout} (30 s by default), after which the stalled peers are answered 408.
 */
public final class StalledPeersLoad {
    private static final int TIMEOUT_MILLIS = 5_000;

    private StalledPeersLoad() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String apiKey = args[1];
        int stalled = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;

        // Warm-up: class loading and JIT on the server, not measured.
        measure(port, apiKey, clients, 5, "warm-up");

        double[] stalledP99 = new double[rounds];
        for (int round = 1; round <= rounds; round++) {
            Phase baseline = measure(port, apiKey, clients, seconds, "baseline");
            print(round, "no slow peer", baseline);
            List<Socket> held = holdStalledPeers(port, stalled);
            try {
                Thread.sleep(1_000);
                Phase withPeers = measure(port, apiKey, clients, seconds, "stalled");
                int stillHeld = stillHeld(held.subList(0, stalled));
                print(round, stalled + " stalled bodies + " + stalled / 4 + " stalled headers", withPeers);
                System.out.printf(
                        "round %d: stalled bodies still held after the phase: %d of %d%n", round, stillHeld, stalled);
                stalledP99[round - 1] = withPeers.percentile(99);
            } finally {
                for (Socket socket : held) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                }
            }
            Thread.sleep(1_000);
        }
        Arrays.sort(stalledP99);
        System.out.printf("median p99 with stalled peers over %d rounds: %.1f ms%n", rounds, stalledP99[rounds / 2]);
    }

    private static void print(int round, String what, Phase phase) {
        System.out.printf(
                "round %d, %s: %d requests (%.0f/s), %d failed; p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                round,
                what,
                phase.latencies.length,
                phase.latencies.length / phase.seconds,
                phase.failures,
                phase.percentile(50),
                phase.percentile(99),
                phase.percentile(100));
    }

    private static List<Socket> holdStalledPeers(int port, int count) throws IOException {
        List<Socket> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket socket = connect(port);
            send(
                    socket,
                    "POST /auth/token HTTP/1.1\r\nHost: vigint\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n"
                            + "1\r\nu\r\n");
            held.add(socket);
        }
        for (int i = 0; i < count / 4; i++) {
            Socket socket = connect(port);
            send(socket, "POST /auth/token HTTP/1.1\r\nHost: vigint\r\nContent-Le");
            held.add(socket);
        }
        return held;
    }

    /** How many of {@code sockets} the server has neither answered nor closed. */
    private static int stillHeld(List<Socket> sockets) throws IOException {
        int held = 0;
        for (Socket socket : sockets) {
            socket.setSoTimeout(1);
            try {
                if (socket.getInputStream().read() < 0) {
                    continue;
                }
            } catch (SocketTimeoutException e) {
                held++;
            } catch (IOException e) {
                // reset: not held
            }
        }
        return held;
    }

    private static Phase measure(int port, String apiKey, int clients, int seconds, String name) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> results = new ArrayList<>();
        int[] failures = new int[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                for (int i = 0; System.nanoTime() < end; i++) {
                    long started = System.nanoTime();
                    boolean ok = i % 2 == 0
                            ? request(port, "GET /api/health HTTP/1.1\r\nHost: vigint\r\nConnection: close\r\n\r\n")
                                    .startsWith("HTTP/1.1 200")
                            : request(port, keyRequest(apiKey, name + "-" + client + "-" + i))
                                    .startsWith("HTTP/1.1 201");
                    long elapsed = System.nanoTime() - started;
                    if (!ok) {
                        failures[client]++;
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = elapsed;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> result : results) {
            long[] part = result.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        pool.shutdown();
        Arrays.sort(all);
        return new Phase(all, Arrays.stream(failures).sum(), seconds);
    }

    private static String keyRequest(String apiKey, String name) {
        String json = "{\"name\":\"" + name + "\"}";
        return "POST /api/v1/keys HTTP/1.1\r\nHost: vigint\r\nConnection: close\r\n"
                + "X-API-Key: " + apiKey + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + json.length() + "\r\n\r\n" + json;
    }

    private static String request(int port, String request) {
        try (Socket socket = connect(port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            send(socket, request);
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
            return all.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "failed: " + e;
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** The sorted latencies (ns) of one phase. */
    private record Phase(long[] latencies, int failures, double seconds) {
        double percentile(int p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
        }
    }
}
