package io.vigint.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The baseline of the frame-ingest benchmark ({@code bench/frame-ingest.sh}): a plain Grizzly
 * {@link HttpHandler} on the same Grizzly version as {@code vigint serve}, that reads the whole request body
 * (the same bytes Vigint reads) and answers a short JSON object. No authentication, no JSON parsing, no
 * validation, no buffering: what Vigint adds is measured against this.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.vigint.benchmarks.PlainIngestServer PORT}; stops on SIGTERM.
 */
public final class PlainIngestServer {
    private PlainIngestServer() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = Integer.parseInt(args[0]);
        HttpServer server = new HttpServer();
        server.addListener(new NetworkListener("plain", "127.0.0.1", port));
        byte[] answer = "{\"status\":\"buffered\"}".getBytes(StandardCharsets.UTF_8);
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws IOException {
                long read = 0;
                byte[] chunk = new byte[16 * 1024];
                try (InputStream in = request.getInputStream()) {
                    for (int n; (n = in.read(chunk)) > 0; ) {
                        read += n;
                    }
                }
                response.setStatus(read > 0 ? 200 : 400);
                response.setContentType("application/json");
                response.setContentLength(answer.length);
                response.getOutputStream().write(answer);
            }
        });
        server.start();
        System.out.println("plain Grizzly handler listening on http://127.0.0.1:" + port + "/");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            stop.countDown();
        }));
        stop.await();
    }
}
