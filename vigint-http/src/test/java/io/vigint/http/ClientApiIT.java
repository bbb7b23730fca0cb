package io.vigint.http;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.CreatedClient;
import io.vigint.http.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientApiIT {
    private static final String SEED_BODY = """
            {"name": "My Application", "email": "app@example.com",
             "description": "Mobile app for customer support"}""";

    private TestServer server = TestServer.start();
    private final CreatedClient acme = server.createClient("Acme");
    private final String key = acme.apiKey().plainText();

    @AfterEach
    void stop() {
        server.close();
    }

    private static String code(HttpResponse<String> response) {
        return json(response).at("/error/code").asText();
    }

    @Test
    void operatorCreatesAClientAndGetsItsKeyOnce() {
        var response = server.postJson("/api/v1/clients/", SEED_BODY, "X-Admin-Key", server.operatorKey);

        assertThat(response.statusCode()).isEqualTo(201);
        assertMatchesFixture("client-created", response.body());
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        String newKey = json(response).at("/data/api_key").asText();
        var me = server.get("/api/v1/clients/me", "X-API-Key", newKey);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).at("/data/name").asText()).isEqualTo("My Application");
        assertThat(me.body()).doesNotContain(newKey).doesNotContain("api_key");
    }

    @Test
    void createWorksWithoutTheTrailingSlashToo() {
        var response = server.postJson("/api/v1/clients", SEED_BODY, "X-Admin-Key", server.operatorKey);

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void createWithoutOperatorKeyIs401AdminKeyRequiredWhenSignUpIsClosed() {
        var response = server.postJson("/api/v1/clients/", SEED_BODY);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("ADMIN_KEY_REQUIRED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("AdminKey realm=\"vigint-admin\"");
    }

    @Test
    void createWithAClientKeyIs403SignUpDisabled() {
        var response = server.postJson("/api/v1/clients/", SEED_BODY, "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(code(response)).isEqualTo("SIGN_UP_DISABLED");
    }

    @Test
    void createWithAnUnknownOperatorKeyIs401InvalidAdminKey() {
        var response = server.postJson(
                "/api/v1/clients/", SEED_BODY, "X-Admin-Key", "vgo_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("INVALID_ADMIN_KEY");
    }

    @Test
    void openSignUpCreatesClientsWithoutAnyKey() {
        server.close();
        server = TestServer.start(HttpSettings.defaults().withOpenSignUp(true));
        server.createClient("Acme");

        var response = server.postJson("/api/v1/clients/", SEED_BODY);

        assertThat(response.statusCode()).isEqualTo(201);
        assertMatchesFixture("client-created", response.body());
    }

    @Test
    void aDuplicateNameIs409() {
        var response = server.postJson(
                "/api/v1/clients/",
                "{\"name\":\"acme\",\"email\":\"other@example.com\"}",
                "X-Admin-Key",
                server.operatorKey);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(code(response)).isEqualTo("DUPLICATE_CLIENT_NAME");
    }

    @Test
    void aMissingEmailIs400NamingTheField() {
        var response =
                server.postJson("/api/v1/clients/", "{\"name\":\"My Mobile App\"}", "X-Admin-Key", server.operatorKey);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("VALIDATION_FAILED");
        assertThat(json(response).at("/error/details/field").asText()).isEqualTo("email");
    }

    @Test
    void getMeShowsTheClientWithoutItsKey() {
        var response = server.get("/api/v1/clients/me", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("client-me", response.body());
    }

    @Test
    void putMeChangesTheGivenFieldsOnly() {
        server.clock.advance(Duration.ofHours(12));

        var response = server.putJson(
                "/api/v1/clients/me",
                "{\"name\":\"Updated Application Name\",\"description\":\"Updated description\"}",
                "X-API-Key",
                key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("client-updated", response.body());
        assertThat(json(server.get("/api/v1/clients/me", "X-API-Key", key))
                        .at("/data/name")
                        .asText())
                .isEqualTo("Updated Application Name");
    }

    @Test
    void deleteMeDeletesTheClientAndItsKeyStopsWorking() {
        var response = server.delete("/api/v1/clients/me", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("client-deleted", response.body());
        var after = server.get("/api/v1/clients/me", "X-API-Key", key);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(code(after)).isEqualTo("INVALID_API_KEY");
    }

    @Test
    void regenerateKeyKeepsTheOldKeyForTheGracePeriod() {
        var response =
                server.postJson("/api/v1/clients/regenerate-key", "{\"grace_period\":\"24h\"}", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("key-regenerated", response.body());
        String newKey = json(response).at("/data/api_key").asText();
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", key).statusCode())
                .isEqualTo(200);
        server.clock.advance(Duration.ofHours(24));
        var old = server.get("/api/v1/clients/me", "X-API-Key", key);
        assertThat(old.statusCode()).isEqualTo(401);
        assertThat(code(old)).isEqualTo("KEY_EXPIRED");
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", newKey).statusCode())
                .isEqualTo(200);
    }

    @Test
    void regenerateKeyWithoutABodyStopsTheOldKeyAtOnce() {
        var response = server.postEmpty("/api/v1/clients/regenerate-key", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/message").asText()).isEqualTo("API key regenerated successfully");
        assertThat(code(server.get("/api/v1/clients/me", "X-API-Key", key))).isEqualTo("KEY_EXPIRED");
    }

    @Test
    void regenerateKeyAcceptsTheGracePeriodInSeconds() {
        var response =
                server.postJson("/api/v1/clients/regenerate-key", "{\"grace_period_seconds\":3600}", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/data/previous_key_expires_at").asText()).isEqualTo("2026-01-01T01:00:00Z");
    }

    @Test
    void regenerateKeyWithAMalformedGracePeriodIs400() {
        var response =
                server.postJson("/api/v1/clients/regenerate-key", "{\"grace_period\":\"soon\"}", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("VALIDATION_FAILED");
        assertThat(json(response).at("/error/details/field").asText()).isEqualTo("grace_period");
    }

    @Test
    void regenerateKeyWithAnAccessTokenIs400BecauseThereIsNoKeyToReplace() {
        server.setLogin(acme.client().id(), "acme", "correct horse");
        String token = json(server.postForm("/auth/token", "username=acme&password=correct+horse"))
                .get("access_token")
                .asText();

        var response = server.postEmpty("/api/v1/clients/regenerate-key", "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("VALIDATION_FAILED");
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", key).statusCode())
                .isEqualTo(200);
    }
}
