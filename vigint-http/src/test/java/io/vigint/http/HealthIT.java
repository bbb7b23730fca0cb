package io.vigint.http;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.http.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthIT {
    private final TestServer server = TestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthAnswersOkWithATimestampWithoutCredentials() {
        var response = server.get("/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertMatchesFixture("health", response.body());
    }

    @Test
    void healthAcceptsAValidApiKeyAsTheSeedShows() {
        String key = server.createClient("Acme").apiKey().plainText();

        var response = server.get("/api/health", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("health", response.body());
    }

    @Test
    void healthRefusesAnInvalidApiKeyWith401() {
        var response = server.get(
                "/api/health", "X-API-Key", "8xK9mP2nQ5rT7vW1xZ4aC6eG8hJ0kL3mN6oP9qR2sT5uV8wX1yZ4bC7dF0gH3jK6");

        assertThat(response.statusCode()).isEqualTo(401);
        assertMatchesFixture("error-invalid-api-key", response.body());
    }

    @Test
    void healthRefusesARevokedKeyWith401() {
        var created = server.createClient("Acme");
        server.core
                .access()
                .revokeAccess(io.vigint.core.key.AccessCommand.wholeClient(
                        created.client().id()));

        var response = server.get("/api/health", "X-API-Key", created.apiKey().plainText());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(TestServer.json(response).at("/error/code").asText()).isEqualTo("KEY_REVOKED");
    }

    @Test
    void healthAtSlashHealthAcceptsABearerTokenAsTheGatewaySeedShows() {
        var created = server.createClient("Acme");
        server.setLogin(created.client().id(), "client_user", "client_pass");
        String token = TestServer.json(server.postForm("/auth/token", "username=client_user&password=client_pass"))
                .get("access_token")
                .asText();

        var response = server.get("/health", "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("health", response.body());
        assertThat(server.get("/health", "Authorization", "Bearer not-a-token").statusCode())
                .isEqualTo(401);
    }
}
