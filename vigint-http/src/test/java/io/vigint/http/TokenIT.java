package io.vigint.http;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.CreatedClient;
import io.vigint.core.key.AccessCommand;
import io.vigint.http.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenIT {
    private final TestServer server = TestServer.start();
    private final CreatedClient acme = server.createClient("Acme");

    TokenIT() {
        server.setLogin(acme.client().id(), "client_user", "client_pass");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String token() {
        return json(server.postForm("/auth/token", "username=client_user&password=client_pass"))
                .get("access_token")
                .asText();
    }

    private static String code(HttpResponse<String> response) {
        return json(response).at("/error/code").asText();
    }

    @Test
    void usernameAndPasswordBecomeABearerToken() {
        var response = server.postForm("/auth/token", "username=client_user&password=client_pass");

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("token", response.body());
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void theTokenWorksWhereverAnApiKeyDoes() {
        var response = server.get("/api/v1/clients/me", "Authorization", "Bearer " + token());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/data/name").asText()).isEqualTo("Acme");
    }

    @Test
    void aWrongPasswordOrUnknownUserIs401InvalidCredentials() {
        var wrongPassword = server.postForm("/auth/token", "username=client_user&password=nope");
        var unknownUser = server.postForm("/auth/token", "username=nobody&password=client_pass");
        var nothing = server.postForm("/auth/token", "");

        for (var response : java.util.List.of(wrongPassword, unknownUser, nothing)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(code(response)).isEqualTo("INVALID_CREDENTIALS");
            assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        }
    }

    @Test
    void jsonInsteadOfAFormIs415() {
        var response = server.postJson("/auth/token", "{\"username\":\"client_user\",\"password\":\"client_pass\"}");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(code(response)).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anExpiredTokenIs401TokenExpired() {
        String token = token();
        server.clock.advance(Duration.ofMinutes(61));

        var response = server.get("/api/v1/clients/me", "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("TOKEN_EXPIRED");
    }

    @Test
    void aTamperedTokenIs401InvalidToken() {
        String token = token();

        var response = server.get("/api/v1/clients/me", "Authorization", "Bearer " + token + "x");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("INVALID_TOKEN");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"vigint\", error=\"invalid_token\"");
    }

    @Test
    void aRevokedClientsTokenStopsWorkingAtOnce() {
        String token = token();
        assertThat(server.get("/api/v1/clients/me", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(200);

        server.core
                .access()
                .revokeAccess(AccessCommand.wholeClient(acme.client().id()));

        var response = server.get("/api/v1/clients/me", "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("KEY_REVOKED");
    }

    @Test
    void anAuthorizationSchemeOtherThanBearerIsRefused() {
        var response = server.get("/api/v1/clients/me", "Authorization", "Basic Y2xpZW50X3VzZXI6Y2xpZW50X3Bhc3M=");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("INVALID_TOKEN");
    }
}
