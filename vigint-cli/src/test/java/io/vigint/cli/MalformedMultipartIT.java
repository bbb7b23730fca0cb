package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.CreatedClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/videos/upload} with multipart bodies no client should send (no boundary, no delimiter, a
 * cut part, more parts than allowed, a broken part header, another multipart type), on {@code vigint serve}'s
 * wiring: each is the caller's error (4xx, the error envelope), never the server's, and nothing is stored.
 */
class MalformedMultipartIT {
    @TempDir
    Path cwd;

    private ServedVigint served;
    private OriginalClientRequests original;
    private CreatedClient client;

    @BeforeEach
    void start() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        original = new OriginalClientRequests(served.server().uri());
        client = served.createClient("Acme");
    }

    @AfterEach
    void stop() {
        served.close();
    }

    @Test
    void malformedMultipartBodiesAreClientErrorsNeverServerErrors() throws Exception {
        String key = client.apiKey().plainText();
        StringBuilder manyParts = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            manyParts
                    .append("--b\r\nContent-Disposition: form-data; name=\"f")
                    .append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        manyParts.append("--b--\r\n");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("multipart/form-data", "--b\r\n\r\n--b--\r\n");
        bodies.put("multipart/form-data; boundary=b", "garbage without any delimiter");
        bodies.put(
                "multipart/form-data; boundary=b ", "--b\r\nContent-Disposition: form-data; name=\"video\"\r\n\r\ncut");
        bodies.put("multipart/form-data; boundary=\"b\"", manyParts.toString());
        bodies.put("multipart/form-data; boundary=b;", "--b\r\nContent-Disposition: nonsense\r\n\r\nx\r\n--b--\r\n");
        bodies.put("multipart/mixed; boundary=b", "--b\r\n\r\nx\r\n--b--\r\n");
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            HttpResponse<byte[]> answer = original.post(
                    "api/v1/videos/upload", body.getKey(), body.getValue().getBytes(), "X-API-Key", key);
            assertThat(answer.statusCode())
                    .as("%s: %s", body.getKey(), new String(answer.body()))
                    .isBetween(400, 499);
            assertThat(ServedVigint.JSON.readTree(answer.body()).get("status").asText())
                    .isEqualTo("error");
        }
        assertThat(served.videoFiles()).isEmpty();
    }
}
