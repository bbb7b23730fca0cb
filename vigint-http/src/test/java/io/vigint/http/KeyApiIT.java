package io.vigint.http;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.CreatedClient;
import io.vigint.http.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyApiIT {
    private final TestServer server = TestServer.start();
    private final CreatedClient acme = server.createClient("Acme");
    private final String key = acme.apiKey().plainText();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void createKeyShowsTheNewKeyOnceAndItWorks() {
        var response = server.postJson("/api/v1/keys", "{\"name\":\"ci\",\"expires_in\":\"30d\"}", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(201);
        assertMatchesFixture("key-created", response.body());
        String newKey = json(response).at("/data/api_key").asText();
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", newKey).statusCode())
                .isEqualTo(200);
    }

    @Test
    void createKeyWithoutABodyIssuesADefaultKey() {
        var response = server.postEmpty("/api/v1/keys", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response).at("/data/key/name").asText()).isEqualTo("default");
        assertThat(json(response).at("/data/key/expires_at").isNull()).isTrue();
    }

    @Test
    void anEmptyJsonBodyIssuesADefaultKeyToo() {
        var response = server.postJson("/api/v1/keys", "", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response).at("/data/key/name").asText()).isEqualTo("default");
    }

    @Test
    void listKeysShowsTheClientsKeysWithStatusAndLastUse() {
        server.postJson("/api/v1/keys", "{\"name\":\"ci\",\"expires_in\":\"30d\"}", "X-API-Key", key);
        server.createClient("Other Corp");

        var response = server.get("/api/v1/keys", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("keys-list", response.body());
    }

    @Test
    void deleteKeyRevokesItAndItIsRefusedOnTheNextRequest() {
        String ci = json(server.postJson("/api/v1/keys", "{\"name\":\"ci\",\"expires_in\":\"30d\"}", "X-API-Key", key))
                .at("/data/api_key")
                .asText();
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", ci).statusCode())
                .isEqualTo(200);

        var response = server.delete("/api/v1/keys/2", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("key-revoked", response.body());
        var refused = server.get("/api/v1/clients/me", "X-API-Key", ci);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused).at("/error/code").asText()).isEqualTo("KEY_REVOKED");
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", key).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anotherClientsKeyIsNotFoundAndKeepsWorking() {
        CreatedClient other = server.createClient("Other Corp");
        long otherKeyId = other.apiKey().key().id().value();

        var response = server.delete("/api/v1/keys/" + otherKeyId, "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("KEY_NOT_FOUND");
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", other.apiKey().plainText())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aKeyIdThatCannotExistIsNotFound() {
        assertThat(server.delete("/api/v1/keys/0", "X-API-Key", key).statusCode())
                .isEqualTo(404);
        assertThat(server.delete("/api/v1/keys/not-a-number", "X-API-Key", key).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aMalformedLifetimeIs400NamingTheField() {
        var response = server.postJson("/api/v1/keys", "{\"expires_in\":\"forever\"}", "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/details/field").asText()).isEqualTo("expires_in");
    }
}
