package io.vigint.http;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.google.inject.AbstractModule;
import io.vigint.http.error.UnexpectedExceptionMapper;
import io.vigint.http.testing.LogCapture;
import io.vigint.http.testing.TestResource;
import io.vigint.http.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorHandlingIT {
    private static final int LIMIT = 4096;

    private final TestServer server =
            TestServer.start(HttpSettings.defaults().withMaxBodyBytes(LIMIT), new AbstractModule() {
                @Override
                protected void configure() {
                    HttpModule.jerseyComponents(binder()).addBinding().toInstance(new TestResource());
                }
            });
    private final String key = server.createClient("Acme").apiKey().plainText();
    private final String admin = server.operatorKey;

    @AfterEach
    void stop() {
        server.close();
    }

    private static String code(HttpResponse<String> response) {
        return json(response).at("/error/code").asText();
    }

    private static void assertEnvelope(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response).get("status").asText()).isEqualTo("error");
        assertThat(code(response)).isEqualTo(code);
        assertThat(json(response).at("/error/message").asText()).isNotBlank();
        assertThat(json(response).at("/error/details").isObject()).isTrue();
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownPathIs404NotFound() {
        assertEnvelope(server.get("/api/v1/nothing-here", "X-API-Key", key), 404, "NOT_FOUND");
        assertEnvelope(server.get("/"), 404, "NOT_FOUND");
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        var response = server.delete("/api/health");

        assertEnvelope(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void aWrongBodyMediaTypeIs415() {
        var response = server.send(server.request("/api/v1/keys")
                .header("X-API-Key", key)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=ci"))
                .build());

        assertEnvelope(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anAcceptHeaderTheServerCannotSatisfyIs406() {
        var response = server.send(server.request("/api/health")
                .header("Accept", "text/html")
                .GET()
                .build());

        assertEnvelope(response, 406, "NOT_ACCEPTABLE");
    }

    @Test
    void malformedJsonIs400MalformedRequest() {
        var response = server.postJson("/api/v1/keys", "{\"name\": ", "X-API-Key", key);

        assertEnvelope(response, 400, "MALFORMED_REQUEST");
    }

    @Test
    void aFieldOfTheWrongShapeIs400NamingTheField() {
        var response = server.postJson("/api/v1/keys", "{\"name\": {\"nested\": true}}", "X-API-Key", key);

        assertEnvelope(response, 400, "MALFORMED_REQUEST");
        assertThat(json(response).at("/error/details/field").asText()).isEqualTo("name");
    }

    @Test
    void anUnknownFieldIs400NamingTheField() {
        var response = server.postJson("/api/v1/keys", "{\"nmae\": \"ci\"}", "X-API-Key", key);

        assertEnvelope(response, 400, "MALFORMED_REQUEST");
        assertThat(json(response).at("/error/details/field").asText()).isEqualTo("nmae");
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIs413() {
        String big = "{\"name\":\"" + "x".repeat(LIMIT) + "\"}";

        var response = server.postJson("/api/v1/keys", big, "X-API-Key", key);

        assertEnvelope(response, 413, "PAYLOAD_TOO_LARGE");
        assertThat(json(response).at("/error/details/max_bytes").asInt()).isEqualTo(LIMIT);
    }

    @Test
    void aChunkedBodyLargerThanTheLimitIs413() {
        byte[] big = ("{\"name\":\"" + "x".repeat(LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);

        var response = server.send(server.request("/api/v1/keys")
                .header("X-API-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build());

        assertEnvelope(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsAccepted() {
        byte[] body = "{\"name\":\"ci\"}".getBytes(StandardCharsets.UTF_8);

        var response = server.send(server.request("/api/v1/keys")
                .header("X-API-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void anOversizedFormIs413Too() {
        var response = server.postForm("/auth/token", "username=a&password=" + "p".repeat(LIMIT));

        assertEnvelope(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void anUnexpectedExceptionIs500WithAnErrorIdAndTheTraceOnlyInTheLog() {
        try (LogCapture logs = LogCapture.start()) {
            var response = server.get("/test/boom", "X-API-Key", key);

            assertEnvelope(response, 500, "INTERNAL_ERROR");
            assertMatchesFixture("error-internal", response.body());
            assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
            String errorId = json(response).at("/error/details/error_id").asText();
            var logged = logs.events(UnexpectedExceptionMapper.class.getName());
            assertThat(logged).hasSize(1);
            assertThat(logged.get(0).getLevel()).isEqualTo(Level.ERROR);
            assertThat(logged.get(0).getFormattedMessage()).contains(errorId);
            assertThat(logged.get(0).getThrowableProxy().getClassName())
                    .isEqualTo(IllegalStateException.class.getName());
            assertThat(logged.get(0).getMDCPropertyMap())
                    .containsEntry(
                            "request_id",
                            response.headers().firstValue("X-Request-Id").orElseThrow());
        }
    }

    @Test
    void everyErrorCarriesTheRequestIdTheCallerSent() {
        var response = server.get("/nope", "X-Request-Id", "trace-42.a_b");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("trace-42.a_b");
        var unauthorized = server.get("/api/v1/clients/me", "X-Request-Id", "abc");
        assertThat(unauthorized.headers().firstValue("X-Request-Id")).hasValue("abc");
        var tooLarge = server.postJson("/api/v1/keys", "x".repeat(LIMIT + 1), "X-Request-Id", "big-1");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("X-Request-Id")).hasValue("big-1");
    }

    @Test
    void anUnsafeIncomingRequestIdIsReplaced() {
        for (String unsafe : new String[] {"a b", "x".repeat(65), "<script>", "id\u00e9"}) {
            var response = server.get("/api/health", "X-Request-Id", unsafe);
            assertThat(response.headers().firstValue("X-Request-Id"))
                    .hasValueSatisfying(
                            id -> assertThat(id).isNotEqualTo(unsafe).matches("[0-9a-f-]{36}"));
        }
    }

    @Test
    void traceIsRefusedAndDoesNotEchoTheRequest() throws IOException {
        String answer = raw(
                "TRACE /api/health HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + key + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 405");
        assertThat(answer).doesNotContain(key).doesNotContain("<html");
    }

    @Test
    void aMalformedHttpRequestGetsNoHtmlAndNoTrace() throws IOException {
        for (String garbage : new String[] {
            "THIS IS NOT HTTP\r\n\r\n",
            "GET /api/health HTTP/1.1\r\nHost: localhost\r\nContent-Length: nine\r\n\r\n",
            "GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "h".repeat(20_000) + "\r\n\r\n"
        }) {
            String answer = raw(garbage);

            assertThat(answer).as(garbage).matches("(?s)HTTP/1\\.1 (4\\d\\d|505) .*");
            assertThat(answer).as(garbage).doesNotContainIgnoringCase("<html").doesNotContain("Exception");
        }
    }

    @Test
    void aRequestUriWithABadEscapeIs400NotA500() throws IOException {
        for (String target : new String[] {"/api/health?q=%%%", "/api/health?q=%zz", "/video/x?token=1.%"}) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + key
                    + "\r\nConnection: close\r\n\r\n");

            assertThat(answer).as(target).startsWith("HTTP/1.1 400");
            assertThat(answer).as(target).contains("\"MALFORMED_REQUEST\"").doesNotContain("error_id");
        }
    }

    @Test
    void aRequestWithAnUpgradeHeaderIsServedAsPlainHttp() throws IOException {
        String body = "{\"name\":\"ci\"}";
        String answer = raw("POST /api/v1/keys HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + key
                + "\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__"
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);

        assertThat(answer).startsWith("HTTP/1.1 201");
    }

    @Test
    void theAdminApiAnswersUnknownRoutesWithTheEnvelopeToo() {
        assertEnvelope(server.get("/admin/v1/nothing", "X-Admin-Key", admin), 404, "NOT_FOUND");
        assertEnvelope(server.delete("/admin/v1/clients", "X-Admin-Key", admin), 405, "METHOD_NOT_ALLOWED");
    }

    /** Sends raw bytes and reads the answer until the server closes the connection. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    if (answer.indexOf("\r\n\r\n") > 0 && complete(answer)) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // the answer so far is what the server sent
            }
            return answer.toString();
        }
    }

    private static boolean complete(StringBuilder answer) {
        int headerEnd = answer.indexOf("\r\n\r\n");
        String headers = answer.substring(0, headerEnd).toLowerCase(java.util.Locale.ROOT);
        int at = headers.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int end = headers.indexOf("\r\n", at);
        long length = Long.parseLong(
                headers.substring(at + 15, end < 0 ? headers.length() : end).strip());
        return answer.length() - headerEnd - 4 >= length;
    }
}
