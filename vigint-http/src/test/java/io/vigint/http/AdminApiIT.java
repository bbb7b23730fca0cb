package io.vigint.http;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.CreatedClient;
import io.vigint.http.testing.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminApiIT {
    private final TestServer server = TestServer.start();
    private final CreatedClient acme = server.createClient("Acme");
    private final String key = acme.apiKey().plainText();

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

    private int meStatus(String apiKey) {
        return server.get("/api/v1/clients/me", "X-API-Key", apiKey).statusCode();
    }

    @Test
    void adminRoutesRequireAnOperatorKey() {
        var response = server.get("/admin/v1/clients");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("ADMIN_KEY_REQUIRED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("AdminKey realm=\"vigint-admin\"");
    }

    @Test
    void aClientKeyIsNotAnOperatorKey() {
        assertThat(code(server.get("/admin/v1/clients", "X-API-Key", key))).isEqualTo("ADMIN_KEY_REQUIRED");
        var asAdminKey = server.get("/admin/v1/clients", "X-Admin-Key", key);
        assertThat(asAdminKey.statusCode()).isEqualTo(401);
        assertThat(code(asAdminKey)).isEqualTo("INVALID_ADMIN_KEY");
    }

    @Test
    void aRevokedOperatorKeyIsRefused() {
        var operator = server.core.operatorKeys().createOperatorKey("temporary");
        assertThat(server.get("/admin/v1/clients", "X-Admin-Key", operator.plainText())
                        .statusCode())
                .isEqualTo(200);

        server.core.operatorKeys().revokeOperatorKey(operator.key().id());

        var response = server.get("/admin/v1/clients", "X-Admin-Key", operator.plainText());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("INVALID_ADMIN_KEY");
    }

    @Test
    void listClientsShowsEveryClientWithItsKeys() {
        var response = server.get("/admin/v1/clients", admin());

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("admin-clients-list", response.body());
    }

    @Test
    void createClientReturnsItsFirstKeyOnce() {
        var response = server.postJson(
                "/admin/v1/clients",
                "{\"name\":\"My Application\",\"email\":\"app@example.com\","
                        + "\"description\":\"Mobile app for customer support\"}",
                admin());

        assertThat(response.statusCode()).isEqualTo(201);
        assertMatchesFixture("client-created", response.body());
    }

    @Test
    void getClientShowsOneClientAndAnUnknownOneIsNotFound() {
        var response = server.get("/admin/v1/clients/1", admin());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/data/name").asText()).isEqualTo("Acme");
        assertThat(json(response).at("/data/keys").size()).isEqualTo(1);

        var unknown = server.get("/admin/v1/clients/99", admin());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(code(unknown)).isEqualTo("CLIENT_NOT_FOUND");
    }

    @Test
    void revokingAClientSuspendsItsKeysAndReactivatingRestoresThem() {
        var revoked = server.postEmpty("/admin/v1/clients/1/revoke", admin());

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertMatchesFixture("admin-client-revoked", revoked.body());
        var refused = server.get("/api/v1/clients/me", "X-API-Key", key);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(code(refused)).isEqualTo("KEY_REVOKED");

        var reactivated = server.postEmpty("/admin/v1/clients/1/reactivate", admin());
        assertThat(reactivated.statusCode()).isEqualTo(200);
        assertThat(json(reactivated).at("/data/is_active").asBoolean()).isTrue();
        assertThat(json(reactivated).at("/data/keys/0/status").asText()).isEqualTo("active");
        assertThat(meStatus(key)).isEqualTo(200);
    }

    @Test
    void oneKeyCanBeRevokedAndReactivated() {
        var revoked = server.postEmpty("/admin/v1/clients/1/keys/1/revoke", admin());
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(json(revoked).at("/data/keys/0/status").asText()).isEqualTo("revoked");
        assertThat(meStatus(key)).isEqualTo(401);

        var reactivated = server.postEmpty("/admin/v1/clients/1/keys/1/reactivate", admin());
        assertThat(reactivated.statusCode()).isEqualTo(200);
        assertThat(meStatus(key)).isEqualTo(200);
    }

    @Test
    void aKeyOfAnotherClientIsNotFound() {
        CreatedClient other = server.createClient("Other Corp");
        long otherKey = other.apiKey().key().id().value();

        var response = server.postEmpty("/admin/v1/clients/1/keys/" + otherKey + "/revoke", admin());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(code(response)).isEqualTo("KEY_NOT_FOUND");
        assertThat(meStatus(other.apiKey().plainText())).isEqualTo(200);
    }

    @Test
    void issueKeyGivesTheClientAnotherKey() {
        var response = server.postJson("/admin/v1/clients/1/keys", "{\"name\":\"ci\",\"expires_in\":\"30d\"}", admin());

        assertThat(response.statusCode()).isEqualTo(201);
        assertMatchesFixture("key-created", response.body());
        assertThat(meStatus(json(response).at("/data/api_key").asText())).isEqualTo(200);
    }

    @Test
    void theRateLimitOverrideCanBeSetReadAndReset() {
        var set = server.putJson("/admin/v1/clients/1/rate-limit", "{\"per_minute\":120}", admin());
        assertThat(set.statusCode()).isEqualTo(200);
        assertMatchesFixture("admin-rate-limit", set.body());
        assertMatchesFixture(
                "admin-rate-limit",
                server.get("/admin/v1/clients/1/rate-limit", admin()).body());
        assertThat(server.core.clientSettings().settingsOf(acme.client().id()).rateLimitPerMinute())
                .isEqualTo(120);

        var reset = server.putJson("/admin/v1/clients/1/rate-limit", "{\"per_minute\":null}", admin());
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(json(reset).at("/data/per_minute").isNull()).isTrue();
    }

    @Test
    void aBadRateLimitIs400() {
        for (String body : new String[] {"{\"per_minute\":0}", "{}", "{\"per_minute\":\"fast\"}", "[]"}) {
            var response = server.putJson("/admin/v1/clients/1/rate-limit", body, admin());
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(code(response)).as(body).isEqualTo("VALIDATION_FAILED");
        }
        var unknownField = server.putJson("/admin/v1/clients/1/rate-limit", "{\"per_minute\":5,\"burst\":1}", admin());
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(code(unknownField)).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void deletingAClientNeedsItsExactNameAsConfirmation() {
        var missing = server.delete("/admin/v1/clients/1", admin());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).at("/error/details/field").asText()).isEqualTo("confirm");
        assertThat(server.delete("/admin/v1/clients/1?confirm=Other", admin()).statusCode())
                .isEqualTo(400);
        assertThat(meStatus(key)).isEqualTo(200);

        var deleted = server.delete("/admin/v1/clients/1?confirm=Acme", admin());

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertMatchesFixture("client-deleted", deleted.body());
        assertThat(server.get("/admin/v1/clients/1", admin()).statusCode()).isEqualTo(404);
        assertThat(meStatus(key)).isEqualTo(401);
    }
}
