package io.vigint.http;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.mail.EmailConfigService;
import io.vigint.core.mail.EmailConfigUseCase;
import io.vigint.http.resource.EmailConfigResource;
import io.vigint.http.testing.TestServer;
import io.vigint.memory.InMemoryEmailConfigStore;
import io.vigint.memory.InMemoryStorage;
import io.vigint.security.AesGcmSecretCipher;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/v1/clients/email-config} on a real server: set, read, replace, remove; validation; isolation. */
class EmailConfigApiIT {
    private static final String SMTP = """
            {"provider": "smtp",
             "config": {"host": "smtp.example.com", "port": 587, "username": "noreply@example.com",
                        "password": "app-password", "use_tls": true,
                        "from_email": "noreply@example.com", "from_name": "My Application"}}""";

    private final InMemoryEmailConfigStore store = new InMemoryEmailConfigStore();
    private final TestServer server = TestServer.start(HttpSettings.defaults(), new AbstractModule() {
        @Override
        protected void configure() {
            HttpModule.jerseyComponents(binder()).addBinding().to(EmailConfigResource.class);
        }

        @Provides
        @Singleton
        EmailConfigUseCase configs(Clock clock) {
            byte[] master = new byte[32];
            new SecureRandom().nextBytes(master);
            return new EmailConfigService(
                    store, new AesGcmSecretCipher(master), new InMemoryStorage(), clock, host -> Optional.empty());
        }
    });
    private final CreatedClient acme = server.createClient("Acme");
    private final String key = acme.apiKey().plainText();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void postSetsTheConfigAndNeverReturnsTheSecret() {
        var created = server.postJson("/api/v1/clients/email-config", SMTP, "X-API-Key", key);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("app-password");
        assertMatchesFixture("email-config-saved", created.body());
        var read = server.get("/api/v1/clients/email-config", "X-API-Key", key);
        assertThat(read.statusCode()).isEqualTo(200);
        assertMatchesFixture("email-config-smtp", read.body());
        assertThat(store.findEmailConfig(acme.client().id()).orElseThrow().sealedSecret())
                .startsWith("v1:")
                .doesNotContain("app-password");
    }

    @Test
    void postingAgainReplacesWith200() {
        server.postJson("/api/v1/clients/email-config", SMTP, "X-API-Key", key);

        var again = server.postJson(
                "/api/v1/clients/email-config",
                "{\"provider\":\"sendgrid\",\"config\":{\"api_key\":\"SG.123\",\"from_email\":\"a@acme.test\"}}",
                "X-API-Key",
                key);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).at("/data/provider").asText()).isEqualTo("sendgrid");
        assertThat(json(again).at("/data/config/api_key_set").asBoolean()).isTrue();
        assertThat(json(again).at("/data/config").has("api_key")).isFalse();
    }

    @Test
    void putReplacesAndMayKeepTheStoredSecret() {
        server.postJson("/api/v1/clients/email-config", SMTP, "X-API-Key", key);
        server.clock.advance(java.time.Duration.ofMinutes(1));

        var put = server.putJson(
                "/api/v1/clients/email-config",
                SMTP.replace("\"password\": \"app-password\",", "").replace("My Application", "Renamed"),
                "X-API-Key",
                key);

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(json(put).at("/data/config/from_name").asText()).isEqualTo("Renamed");
        assertThat(json(put).at("/data/config/password_set").asBoolean()).isTrue();
        assertThat(json(put).at("/data/updated_at").asText()).isEqualTo("2026-01-01T00:01:00Z");
        assertThat(json(put).at("/data/created_at").asText()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void withoutAConfigGetPutAndDeleteAre404() {
        for (var response : java.util.List.of(
                server.get("/api/v1/clients/email-config", "X-API-Key", key),
                server.putJson("/api/v1/clients/email-config", SMTP, "X-API-Key", key),
                server.delete("/api/v1/clients/email-config", "X-API-Key", key))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).at("/error/code").asText()).isEqualTo("EMAIL_CONFIG_NOT_FOUND");
        }
    }

    @Test
    void clientsMeShowsTheProviderWithoutTheSecretAndNullOnceItIsRemoved() {
        assertThat(json(server.get("/api/v1/clients/me", "X-API-Key", key))
                        .at("/data/email_config")
                        .isNull())
                .isTrue();
        server.postJson("/api/v1/clients/email-config", SMTP, "X-API-Key", key);

        var me = server.get("/api/v1/clients/me", "X-API-Key", key);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).doesNotContain("app-password");
        assertMatchesFixture("client-me-email-config", me.body());
        server.delete("/api/v1/clients/email-config", "X-API-Key", key);
        assertThat(json(server.get("/api/v1/clients/me", "X-API-Key", key))
                        .at("/data/email_config")
                        .isNull())
                .isTrue();
    }

    @Test
    void deleteRemovesIt() {
        server.postJson("/api/v1/clients/email-config", SMTP, "X-API-Key", key);

        var deleted = server.delete("/api/v1/clients/email-config", "X-API-Key", key);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertMatchesFixture("email-config-removed", deleted.body());
        assertThat(server.get("/api/v1/clients/email-config", "X-API-Key", key).statusCode())
                .isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "port out of range | {\"provider\":\"smtp\",\"config\":{\"host\":\"smtp.a.co\",\"port\":70000,\"from_email\":\"a@a.co\"}} | port",
                "port not a number | {\"provider\":\"smtp\",\"config\":{\"host\":\"smtp.a.co\",\"port\":\"x\",\"from_email\":\"a@a.co\"}} | port",
                "unknown provider | {\"provider\":\"pigeon\",\"config\":{}} | provider",
                "no provider | {\"config\":{\"from_email\":\"a@a.co\"}} | provider",
                "bad host | {\"provider\":\"smtp\",\"config\":{\"host\":\"-bad host\",\"from_email\":\"a@a.co\"}} | host",
                "no api key | {\"provider\":\"mailgun\",\"config\":{\"domain\":\"mg.a.co\",\"from_email\":\"a@a.co\"}} | api_key",
                "bad sender | {\"provider\":\"postmark\",\"config\":{\"server_token\":\"t\",\"from_email\":\"nope\"}} | from_email",
                "bad ses region | {\"provider\":\"ses\",\"config\":{\"access_key_id\":\"AKIAIOSFODNN7EXAMPLE\",\"secret_access_key\":\"s\",\"region\":\"moon\",\"from_email\":\"a@a.co\"}} | region",
                "stray field | {\"provider\":\"sendgrid\",\"config\":{\"api_key\":\"k\",\"host\":\"x\",\"from_email\":\"a@a.co\"}} | host",
            })
    void invalidConfigIs400NamingTheFieldAndChangesNothing(String name, String body, String field) {
        var response = server.postJson("/api/v1/clients/email-config", body, "X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/status").asText()).isEqualTo("error");
        assertThat(json(response).at("/error/code").asText()).isEqualTo("INVALID_EMAIL_CONFIG");
        assertThat(json(response).at("/error/details/field").asText()).isEqualTo(field);
        assertThat(store.findEmailConfig(acme.client().id())).isEmpty();
    }

    @Test
    void theErrorEnvelopeOfAnInvalidPortMatchesItsFixture() {
        var response = server.postJson("/api/v1/clients/email-config", SMTP.replace("587", "0"), "X-API-Key", key);

        assertMatchesFixture("error-invalid-email-config", response.body());
    }

    @Test
    void eachClientSeesOnlyItsOwnConfigAndAKeyIsRequired() {
        server.postJson("/api/v1/clients/email-config", SMTP, "X-API-Key", key);
        String other = server.createClient("Other Corp").apiKey().plainText();

        assertThat(server.get("/api/v1/clients/email-config", "X-API-Key", other)
                        .statusCode())
                .isEqualTo(404);
        assertThat(server.delete("/api/v1/clients/email-config", "X-API-Key", other)
                        .statusCode())
                .isEqualTo(404);
        assertThat(server.get("/api/v1/clients/email-config", "X-API-Key", key).statusCode())
                .isEqualTo(200);
        var anonymous = server.get("/api/v1/clients/email-config");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json(anonymous).at("/error/code").asText()).isEqualTo("API_KEY_REQUIRED");
    }
}
