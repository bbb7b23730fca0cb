package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.operator.OperatorKeysUseCase;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's HTTP answers for one fixed scenario (operator, client and error paths), compared with the
 * answers recorded before the architecture refactor of issue 10 in {@code golden/http/answers.txt}: the
 * status, the media type and the body of each, with only the values that differ from run to run (ids,
 * keys, tokens, times) replaced by placeholders. A refactor must not change what a client sees.
 *
 * <p>To re-record after an intended change of an answer, run with {@code -Dvigint.golden.record=true}
 * (that run writes the file and fails, so a recording never passes as a check) and review the diff.
 */
class HttpAnswersGoldenIT {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "http", "answers.txt");

    /** Values that change between runs, replaced in this order. */
    private static final List<Map.Entry<Pattern, String>> VOLATILE = List.of(
            Map.entry(Pattern.compile("vg[a-z]_[A-Za-z0-9_-]{20,}"), "<KEY>"),
            Map.entry(Pattern.compile("\"prefix\":\"vg[a-z]_[A-Za-z0-9_-]+\""), "\"prefix\":\"<PREFIX>\""),
            Map.entry(Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "<JWT>"),
            Map.entry(Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), "<UUID>"),
            Map.entry(
                    Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?"),
                    "<TIME>"),
            Map.entry(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), "<DATE>"),
            Map.entry(Pattern.compile("token=[A-Za-z0-9_.%-]+"), "token=<TOKEN>"),
            Map.entry(Pattern.compile("\"(id|client_id|api_key_id|key_id)\":\\d+"), "\"$1\":<ID>"),
            Map.entry(Pattern.compile("\"(processing_ms|duration_ms|elapsed_ms)\":\\d+"), "\"$1\":<MS>"),
            Map.entry(
                    Pattern.compile("\"cooldown_remaining_seconds\":\\d+"),
                    "\"cooldown_remaining_seconds\":<SECONDS>"));

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path cwd;

    @Test
    void answersAreThoseRecordedBeforeTheRefactor() throws Exception {
        StringBuilder transcript = new StringBuilder();
        try (ServedVigint served = ServedVigint.start(cwd, null, Map.of())) {
            Scenario scenario = new Scenario(served, transcript);
            scenario.run();
        }
        String actual = transcript.toString();
        if (Boolean.getBoolean("vigint.golden.record")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual);
            fail("recorded %s: review its diff, then run again without -Dvigint.golden.record", GOLDEN);
        }
        assertThat(GOLDEN).as("the recorded answers").exists();
        String expected = Files.readString(GOLDEN);
        List<String> actualBlocks = List.of(actual.split("\n(?=### )"));
        List<String> expectedBlocks = List.of(expected.split("\n(?=### )"));
        for (int i = 0; i < Math.min(actualBlocks.size(), expectedBlocks.size()); i++) {
            assertThat(actualBlocks.get(i)).as("answer %d", i + 1).isEqualTo(expectedBlocks.get(i));
        }
        assertThat(actualBlocks).hasSameSizeAs(expectedBlocks);
    }

    /** The calls, in order; each answer is appended to the transcript. */
    private final class Scenario {
        private final ServedVigint served;
        private final StringBuilder transcript;
        private final Map<String, String> values = new LinkedHashMap<>();

        Scenario(ServedVigint served, StringBuilder transcript) {
            this.served = served;
            this.transcript = transcript;
        }

        void run() throws Exception {
            String operator = served.injector()
                    .getInstance(OperatorKeysUseCase.class)
                    .createOperatorKey("golden")
                    .plainText();
            Map<String, String> admin = Map.of("X-Admin-Key", operator);
            CreatedClient acme = served.createClient("Acme");
            Map<String, String> key = Map.of("X-API-Key", acme.apiKey().plainText());
            Map<String, String> bearer =
                    Map.of("Authorization", "Bearer " + acme.apiKey().plainText());

            // health and authentication
            call("health", "GET", "/api/health", Map.of(), null);
            call(
                    "health with an unknown key",
                    "GET",
                    "/api/health",
                    Map.of("X-API-Key", "vgk_" + "A".repeat(43)),
                    null);
            call("root health", "GET", "/health", Map.of(), null);
            call("me without a key", "GET", "/api/v1/clients/me", Map.of(), null);
            call("me", "GET", "/api/v1/clients/me", key, null);
            call("me by bearer", "GET", "/api/v1/clients/me", bearer, null);
            call("token with a wrong password", "POST", "/auth/token", form(), "username=acme&password=wrong");

            // operator API
            call(
                    "create client without operator key",
                    "POST",
                    "/api/v1/clients/",
                    json(Map.of()),
                    "{\"name\":\"Beta\",\"email\":\"beta@example.com\"}");
            JsonNode beta = call(
                    "create client",
                    "POST",
                    "/api/v1/clients/",
                    json(admin),
                    "{\"name\":\"Beta\",\"email\":\"beta@example.com\"}");
            values.put(
                    "beta",
                    beta.path("data")
                            .path("client")
                            .path("id")
                            .asText(beta.path("data").path("id").asText()));
            call(
                    "duplicate client",
                    "POST",
                    "/api/v1/clients/",
                    json(admin),
                    "{\"name\":\"Beta\",\"email\":\"beta2@example.com\"}");
            call("invalid client", "POST", "/api/v1/clients/", json(admin), "{\"name\":\"\",\"email\":\"nope\"}");
            call("admin list clients", "GET", "/admin/v1/clients", admin, null);
            call("admin client", "GET", "/admin/v1/clients/{beta}", admin, null);
            call("admin unknown client", "GET", "/admin/v1/clients/999999", admin, null);
            call("admin client keys", "GET", "/admin/v1/clients/{beta}/keys", admin, null);
            call("admin rate limit", "GET", "/admin/v1/clients/{beta}/rate-limit", admin, null);
            call("admin revoke", "POST", "/admin/v1/clients/{beta}/revoke", admin, null);
            call("admin reactivate", "POST", "/admin/v1/clients/{beta}/reactivate", admin, null);
            call("admin invoices", "GET", "/admin/v1/invoices", admin, null);
            call("metrics without operator key", "GET", "/metrics", key, null);

            // the client's own resources
            call("update me", "PUT", "/api/v1/clients/me", json(key), "{\"name\":\"Acme Security\"}");
            call("list keys", "GET", "/api/v1/keys", key, null);
            JsonNode created = call("create key", "POST", "/api/v1/keys", json(key), "{\"name\":\"second\"}");
            values.put(
                    "key",
                    created.path("data")
                            .path("id")
                            .asText(created.path("data").path("key").path("id").asText()));
            call("revoke key", "DELETE", "/api/v1/keys/{key}", key, null);
            call("revoke unknown key", "DELETE", "/api/v1/keys/999999", key, null);
            call("email config missing", "GET", "/api/v1/clients/email-config", key, null);
            call(
                    "email config invalid",
                    "POST",
                    "/api/v1/clients/email-config",
                    json(key),
                    "{\"provider\":\"smtp\",\"host\":\"\"}");
            call("invoices", "GET", "/api/v1/invoices", key, null);
            call("unknown invoice", "GET", "/api/v1/invoices/VG-0000-000000", key, null);

            // video, analysis, alert
            String frame = Base64.getEncoder().encodeToString(jpeg(Color.DARK_GRAY));
            call(
                    "buffer",
                    "POST",
                    "/api/video/buffer",
                    json(key),
                    "{\"frame_data\":\"" + frame + "\",\"frame_count\":1}");
            call(
                    "buffer bad base64",
                    "POST",
                    "/api/video/buffer",
                    json(key),
                    "{\"frame_data\":\"@@@\",\"frame_count\":1}");
            call(
                    "buffer not an image",
                    "POST",
                    "/api/video/buffer",
                    json(key),
                    "{\"frame_data\":\"aGVsbG8=\",\"frame_count\":1}");
            call(
                    "buffer batch",
                    "POST",
                    "/api/video/buffer/batch",
                    json(key),
                    "{\"frames\":[{\"frame_data\":\"" + Base64.getEncoder().encodeToString(jpeg(Color.WHITE))
                            + "\",\"frame_count\":2}]}");
            call(
                    "multi-source buffer",
                    "POST",
                    "/api/video/multi-source/buffer",
                    json(key),
                    "{\"source_id\":\"door\",\"frame_data\":\"" + frame + "\",\"frame_count\":1}");
            call("analyze", "POST", "/api/video/analyze", json(key), "{}");
            call("analyze empty source", "POST", "/api/video/analyze", json(key), "{\"source_id\":\"nowhere\"}");
            call("alert invalid", "POST", "/api/alert", json(key), "{\"risk_level\":\"HIGH\"}");
            call(
                    "alert",
                    "POST",
                    "/api/alert",
                    json(key),
                    "{\"analysis\":\"Intruder at the door\",\"risk_level\":\"HIGH\"}");
            call(
                    "alert again",
                    "POST",
                    "/api/alert",
                    json(key),
                    "{\"analysis\":\"Intruder at the door\",\"risk_level\":\"HIGH\"}");
            served.awaitMailQueueSettled();
            call("usage", "GET", "/api/usage", key, null);

            // protocol errors
            call("unknown path", "GET", "/api/nothing-here", key, null);
            call("wrong method", "DELETE", "/api/health", Map.of(), null);
            call(
                    "wrong media type",
                    "POST",
                    "/api/v1/keys",
                    Map.of("X-API-Key", acme.apiKey().plainText(), "Content-Type", "text/plain"),
                    "name=x");
            call(
                    "not acceptable",
                    "GET",
                    "/api/v1/keys",
                    Map.of("X-API-Key", acme.apiKey().plainText(), "Accept", "application/xml"),
                    null);
            call("malformed json", "POST", "/api/v1/keys", json(key), "{\"name\":");
            call("openapi is served", "GET", "/openapi.json", Map.of(), null);
        }

        private JsonNode call(String name, String method, String path, Map<String, String> headers, String body)
                throws IOException, InterruptedException {
            String resolved = path;
            for (Map.Entry<String, String> value : values.entrySet()) {
                resolved = resolved.replace("{" + value.getKey() + "}", value.getValue());
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            served.server().uri().resolve(resolved.substring(1)))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String mediaType = response.headers().firstValue("Content-Type").orElse("-");
            String shown =
                    name.equals("openapi is served") ? "(the document; its content is not compared)" : response.body();
            transcript
                    .append("### ")
                    .append(name)
                    .append('\n')
                    .append(method)
                    .append(' ')
                    .append(path)
                    .append('\n')
                    .append(response.statusCode())
                    .append(' ')
                    .append(mediaType)
                    .append('\n')
                    .append(normalise(shown))
                    .append("\n\n");
            try {
                return ServedVigint.JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
            } catch (IOException notJson) {
                return ServedVigint.JSON.createObjectNode();
            }
        }
    }

    private static Map<String, String> json(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json");
        return all;
    }

    private static Map<String, String> form() {
        return Map.of("Content-Type", "application/x-www-form-urlencoded");
    }

    static String normalise(String text) {
        String result = text;
        for (Map.Entry<Pattern, String> rule : VOLATILE) {
            Matcher matcher = rule.getKey().matcher(result);
            result = matcher.replaceAll(rule.getValue());
        }
        return result;
    }

    private static byte[] jpeg(Color color) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 64, 48);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
