package io.vigint.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.core.client.CreatedClient;
import io.vigint.http.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The curl commands of the seed documents, run with the real curl, changed only in host, port and
 * credentials.
 */
class SeedCurlIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server = TestServer.start();
    private final CreatedClient acme = server.createClient("Acme Corporation");
    private final String key = acme.apiKey().plainText();
    private final String base = "http://localhost:" + server.server.port();

    @BeforeAll
    static void curlIsInstalled() throws InterruptedException {
        boolean installed = run("command -v curl && command -v python3").contains("curl");
        if ("true".equals(System.getenv("CI"))) {
            org.assertj.core.api.Assertions.assertThat(installed)
                    .as("curl and python3 are needed, and CI must run the seed curls")
                    .isTrue();
        }
        assumeTrue(installed, "curl and python3 are needed");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void seed000HealthCheckWithTheClientsKey() throws IOException {
        String out = run("curl -X GET \"" + base + "/api/health\" \\\n  -H \"X-API-Key: " + key + "\"");

        JsonNode body = JSON.readTree(out);
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("timestamp").asText()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void seed004TokenThenHealthWithTheBearerToken() throws IOException {
        server.setLogin(acme.client().id(), "client_user", "client_pass");

        String token =
                run("curl -X POST \"" + base + "/auth/token\" \\\n  -d \"username=client_user&password=client_pass\"");
        JsonNode tokenBody = JSON.readTree(token);
        assertThat(tokenBody.get("token_type").asText()).isEqualTo("bearer");
        assertThat(tokenBody.get("access_token").asText()).isNotBlank();

        String quickReference = """
                TOKEN=$(curl -s -X POST "%1$s/auth/token" \\
                  -d "username=client_user&password=client_pass" | \\
                  python3 -c "import sys, json; print(json.load(sys.stdin)['access_token'])")

                curl "%1$s/health" \\
                  -H "Authorization: Bearer $TOKEN"
                """.formatted(base);
        assertThat(JSON.readTree(run(quickReference)).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void seed003ClientDetailsWithTheKey() throws IOException {
        String out = run("curl -X GET \"" + base + "/api/v1/clients/me\" \\\n  -H \"X-API-Key: " + key + "\"");

        JsonNode body = JSON.readTree(out);
        assertThat(body.at("/data/name").asText()).isEqualTo("Acme Corporation");
        assertThat(body.get("status").asText()).isEqualTo("success");
    }

    @Test
    void seed003CreateClientWithAnOperatorKeyAndAnEmail() throws IOException {
        String out = run("""
                curl -X POST "%s/api/v1/clients/" \\
                  -H "Content-Type: application/json" \\
                  -H "X-Admin-Key: %s" \\
                  -d '{
                    "name": "My Mobile App",
                    "email": "app@example.com",
                    "description": "iOS and Android customer support app"
                  }'
                """.formatted(base, server.operatorKey));

        JsonNode body = JSON.readTree(out);
        assertThat(body.at("/data/api_key").asText()).startsWith("vgt_");
        assertThat(body.get("status").asText()).isEqualTo("success");
    }

    private static String run(String script) {
        try {
            Process process = new ProcessBuilder("bash", "-c", script)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + script);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
