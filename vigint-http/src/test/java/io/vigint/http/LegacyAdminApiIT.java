package io.vigint.http;

import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.NewApiKey;
import io.vigint.core.operator.NewOperatorKey;
import io.vigint.core.testing.OriginalDeployment;
import io.vigint.http.testing.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The original Vigint's operator routes ({@code /admin/clients}) as its scripts call them, and the keys it
 * issued (43 characters, no prefix) once imported: answered with the original's fields, behind the same
 * operator key as {@code /admin/v1}.
 */
class LegacyAdminApiIT {
    private final TestServer server = TestServer.start();
    private final CreatedClient acme = server.createClient("Acme");

    @AfterEach
    void stop() {
        server.close();
    }

    private String[] admin() {
        return new String[] {"X-Admin-Key", server.operatorKey};
    }

    private static String code(HttpResponse<String> response) {
        return json(response).at("/error/code").asText();
    }

    @Test
    void theOriginalsAdminRoutesNeedTheOperatorKeyAsOurs() {
        String clientKey = acme.apiKey().plainText();
        long id = acme.client().id().value();
        for (String[] route : new String[][] {
            {"GET", "/admin/clients"},
            {"POST", "/admin/clients"},
            {"POST", "/admin/clients/" + id + "/revoke"},
            {"POST", "/admin/clients/" + id + "/reactivate"}
        }) {
            HttpResponse<String> none = send(route, "{\"name\":\"E\",\"email\":\"e@example.com\"}");
            HttpResponse<String> client =
                    send(route, "{\"name\":\"E\",\"email\":\"e@example.com\"}", "X-API-Key", clientKey);
            HttpResponse<String> asAdmin =
                    send(route, "{\"name\":\"E\",\"email\":\"e@example.com\"}", "X-Admin-Key", clientKey);
            assertThat(none.statusCode()).as(route[1]).isEqualTo(401);
            assertThat(code(none)).isEqualTo("ADMIN_KEY_REQUIRED");
            assertThat(code(client)).as(route[1]).isEqualTo("ADMIN_KEY_REQUIRED");
            assertThat(code(asAdmin)).as(route[1]).isEqualTo("INVALID_ADMIN_KEY");
        }
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", clientKey).statusCode())
                .isEqualTo(200);
        assertThat(server.core.clients().listClients()).hasSize(1);
    }

    @Test
    void listAnswersTheOriginalsClientsAndCountNextToOurFields() {
        HttpResponse<String> response = server.get("/admin/clients", admin());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("count").asInt()).isEqualTo(1);
        JsonNode client = body.get("clients").get(0);
        assertThat(client.get("id").asLong()).isEqualTo(acme.client().id().value());
        assertThat(client.get("name").asText()).isEqualTo("Acme");
        assertThat(client.get("email").asText()).isEqualTo("acme@example.com");
        assertThat(client.get("created_at").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(client.get("is_active").asBoolean()).isTrue();
        JsonNode key = client.get("api_keys").get(0);
        assertThat(key.get("id").asLong()).isEqualTo(acme.apiKey().key().id().value());
        assertThat(key.get("is_active").asBoolean()).isTrue();
        assertThat(key.get("name").asText()).isEqualTo(acme.apiKey().key().name());
        assertThat(key.get("created_at").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(client.get("keys").get(0).get("status").asText()).isEqualTo("active");
        assertThat(response.body()).doesNotContain(acme.apiKey().plainText());
    }

    @Test
    void createAnswersTheOriginalsFieldsWithTheKeyShownOnce() {
        HttpResponse<String> response =
                server.postJson("/admin/clients", "{\"name\":\"Shop\",\"email\":\"shop@example.com\"}", admin());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode body = json(response);
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("name").asText()).isEqualTo("Shop");
        assertThat(body.get("email").asText()).isEqualTo("shop@example.com");
        assertThat(body.get("warning").asText()).isEqualTo("Save this API key! It cannot be retrieved later.");
        assertThat(body.get("client_id").asLong())
                .isEqualTo(body.get("id").asLong())
                .isPositive();
        String key = body.get("api_key").asText();
        assertThat(key).startsWith("vgt_");
        assertThat(server.get("/api/v1/clients/me", "Authorization", "Bearer " + key)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> missing = server.postJson("/admin/clients", "{\"name\":\"NoMail\"}", admin());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(code(missing)).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void revokeAndReactivateCountTheKeysAsTheOriginal() {
        long id = acme.client().id().value();
        String key = acme.apiKey().plainText();

        JsonNode revoked = json(server.postEmpty("/admin/clients/" + id + "/revoke", admin()));
        assertThat(revoked.get("success").asBoolean()).isTrue();
        assertThat(revoked.get("client_id").asLong()).isEqualTo(id);
        assertThat(revoked.get("client_name").asText()).isEqualTo("Acme");
        assertThat(revoked.get("revoked_count").asInt()).isEqualTo(1);
        assertThat(revoked.get("message").asText()).isEqualTo("Revoked 1 API key(s) for Acme");
        assertThat(revoked.at("/client/is_active").asBoolean()).isFalse();
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", key).statusCode())
                .isEqualTo(401);

        JsonNode again = json(server.postEmpty("/admin/clients/" + id + "/revoke", admin()));
        assertThat(again.has("success")).isFalse();
        assertThat(again.get("revoked_count").asInt()).isZero();
        assertThat(again.get("message").asText()).isEqualTo("Client Acme has no active API keys");

        JsonNode back = json(server.postEmpty("/admin/clients/" + id + "/reactivate", admin()));
        assertThat(back.get("success").asBoolean()).isTrue();
        assertThat(back.get("reactivated_count").asInt()).isEqualTo(1);
        assertThat(back.get("message").asText()).isEqualTo("Reactivated 1 API key(s) for Acme");
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", key).statusCode())
                .isEqualTo(200);
        JsonNode noop = json(server.postEmpty("/admin/clients/" + id + "/reactivate", admin()));
        assertThat(noop.get("reactivated_count").asInt()).isZero();
        assertThat(noop.get("message").asText()).isEqualTo("Client Acme has no revoked API keys");

        HttpResponse<String> unknown = server.postEmpty("/admin/clients/999999/revoke", admin());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(code(unknown)).isEqualTo("CLIENT_NOT_FOUND");
    }

    @Test
    void anImportedSecretKeyOpensBothAdminApisAndNothingElseWithoutTheVgoShapeDoes() {
        String secret = OriginalDeployment.SECRET_KEY;
        server.storage.insertOperatorKey(
                new NewOperatorKey("SECRET_KEY", "SECRET_KEY", KeyHash.of(secret), TestServer.START, true));

        assertThat(server.get("/admin/clients", "X-Admin-Key", secret).statusCode())
                .isEqualTo(200);
        assertThat(server.get("/admin/v1/clients", "X-Admin-Key", secret).statusCode())
                .isEqualTo(200);
        assertThat(code(server.get("/admin/clients", "X-Admin-Key", secret + "x")))
                .isEqualTo("INVALID_ADMIN_KEY");
    }

    @Test
    void anImportedOriginalKeyAuthenticatesAsBearerAndXApiKeyAndIsCached() {
        String legacy = OriginalDeployment.SHOP_KEY;
        server.storage.insert(new NewApiKey(
                acme.client().id(), "imported", "legacy#1", KeyHash.of(legacy), TestServer.START, null, true));

        for (int i = 0; i < 3; i++) {
            assertThat(server.get("/api/v1/clients/me", "Authorization", "Bearer " + legacy)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(server.get("/api/v1/clients/me", "X-API-Key", legacy).statusCode())
                    .isEqualTo(200);
        }
        assertThat(server.injector
                        .getInstance(io.vigint.http.auth.CachingAuthenticator.class)
                        .size())
                .isPositive();
        assertThat(code(server.get("/api/v1/clients/me", "Authorization", "Bearer " + OriginalDeployment.token(42))))
                .as("an unknown key of the original's shape: an invalid key, not an access token")
                .isEqualTo("INVALID_API_KEY");
    }

    private HttpResponse<String> send(String[] route, String body, String... headers) {
        return route[0].equals("GET") ? server.get(route[1], headers) : server.postJson(route[1], body, headers);
    }
}
