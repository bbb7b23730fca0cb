package io.vigint.gemini;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local server that answers {@code generateContent} like the Gemini API, with whatever status, body
 * and delay the test sets, and records each request.
 */
final class FakeGemini implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    final List<Received> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{}";
    private volatile long delayMillis;

    FakeGemini() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    received));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (IOException e) {
                // the client gave up waiting (timeout tests)
            }
            exchange.close();
        });
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers {@code status} with {@code responseBody}. */
    FakeGemini answer(int responseStatus, String responseBody) {
        this.status = responseStatus;
        this.body = responseBody;
        return this;
    }

    /** Answers 200 with a generateContent response whose first part's text is {@code text}. */
    FakeGemini answerText(String text) {
        return answer(200, generateContentResponse(text));
    }

    /** Answers 200 with the fixture {@code generate-content/<name>} (see its README for its shape's source). */
    FakeGemini answerFixture(String name) {
        return answer(200, fixture(name));
    }

    /** The text of the response fixture {@code generate-content/<name>}. */
    static String fixture(String name) {
        try (var in = FakeGemini.class.getResourceAsStream("generate-content/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FakeGemini delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /**
     * A response shaped like the documented one (as the fixtures under {@code generate-content/}), with
     * {@code text} as the model's answer.
     */
    static String generateContentResponse(String text) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode candidate = root.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        content.putArray("parts").addObject().put("text", text);
        content.put("role", "model");
        candidate.put("finishReason", "STOP");
        candidate.put("index", 0);
        ObjectNode usage = root.putObject("usageMetadata");
        usage.put("promptTokenCount", 1290);
        usage.put("candidatesTokenCount", 48);
        usage.put("totalTokenCount", 1338);
        root.put("modelVersion", "gemini-2.5-flash");
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
