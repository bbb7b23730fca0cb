package io.vigint.http;

import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.key.AccessCommand;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.http.auth.AuthFailureListener;
import io.vigint.http.auth.CachingAuthenticator;
import io.vigint.http.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticationIT {
    private TestServer server = TestServer.start();
    private CreatedClient acme = server.createClient("Acme");
    private String key = acme.apiKey().plainText();

    @AfterEach
    void stop() {
        server.close();
    }

    private static String code(HttpResponse<String> response) {
        return json(response).at("/error/code").asText();
    }

    private HttpResponse<String> me(String... headers) {
        return server.get("/api/v1/clients/me", headers);
    }

    @Test
    void aMissingKeyIs401ApiKeyRequiredWithAChallenge() {
        var response = me();

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("API_KEY_REQUIRED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"vigint\"");
        assertThat(code(me("X-API-Key", ""))).isEqualTo("API_KEY_REQUIRED");
    }

    @Test
    void anUnknownOrMalformedKeyIs401InvalidApiKey() {
        String unknown = "vgt_" + "A".repeat(43);

        assertThat(code(me("X-API-Key", unknown))).isEqualTo("INVALID_API_KEY");
        assertThat(code(me("X-API-Key", "sk_test_1234567890abcdef"))).isEqualTo("INVALID_API_KEY");
        assertThat(me("X-API-Key", unknown).statusCode()).isEqualTo(401);
    }

    @Test
    void aRevokedKeyIs401KeyRevoked() {
        server.core
                .access()
                .revokeAccess(AccessCommand.oneKey(
                        acme.client().id(), acme.apiKey().key().id()));

        var response = me("X-API-Key", key);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("KEY_REVOKED");
    }

    @Test
    void anExpiredKeyIs401KeyExpiredEvenWhenItWasCached() {
        String shortLived = server.core
                .keys()
                .issueApiKey(new IssueApiKeyCommand(acme.client().id(), "short", Duration.ofHours(1)))
                .plainText();
        assertThat(me("X-API-Key", shortLived).statusCode()).isEqualTo(200);

        server.clock.advance(Duration.ofHours(2));

        var response = me("X-API-Key", shortLived);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("KEY_EXPIRED");
    }

    @Test
    void anApiKeyWorksAsABearerCredential() {
        assertThat(me("Authorization", "Bearer " + key).statusCode()).isEqualTo(200);
        assertThat(me("Authorization", "bearer " + key).statusCode()).isEqualTo(200);
    }

    @Test
    void aKeyRevokedThroughTheCoreWhileTheServerRunsIsRefusedOnTheNextRequest() {
        CachingAuthenticator cache = server.injector.getInstance(CachingAuthenticator.class);
        assertThat(me("X-API-Key", key).statusCode()).isEqualTo(200);
        assertThat(cache.cached(key)).isPresent();

        server.core
                .access()
                .revokeAccess(AccessCommand.oneKey(
                        acme.client().id(), acme.apiKey().key().id()));

        assertThat(cache.cached(key)).isEmpty();
        var response = me("X-API-Key", key);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("KEY_REVOKED");
    }

    @Test
    void aClientRevokedOrDeletedWhileTheServerRunsIsRefusedOnTheNextRequest() {
        CreatedClient other = server.createClient("Other Corp");
        assertThat(me("X-API-Key", key).statusCode()).isEqualTo(200);
        assertThat(me("X-API-Key", other.apiKey().plainText()).statusCode()).isEqualTo(200);

        server.core
                .access()
                .revokeAccess(AccessCommand.wholeClient(acme.client().id()));
        server.core.clients().deleteClient(other.client().id());

        assertThat(code(me("X-API-Key", key))).isEqualTo("KEY_REVOKED");
        assertThat(code(me("X-API-Key", other.apiKey().plainText()))).isEqualTo("INVALID_API_KEY");
    }

    @Test
    void theApiKeyQueryParameterIsRefusedByDefault() {
        var response = server.get("/api/v1/clients/me?api_key=" + key);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("QUERY_API_KEY_DISABLED");
        assertThat(server.get("/api/health?api_key=" + key).statusCode()).isEqualTo(400);
    }

    @Test
    void theApiKeyQueryParameterWorksWhenEnabled() {
        server.close();
        server = TestServer.start(HttpSettings.defaults().withAllowQueryApiKey(true));
        acme = server.createClient("Acme");
        key = acme.apiKey().plainText();

        assertThat(server.get("/api/v1/clients/me?api_key=" + key).statusCode()).isEqualTo(200);
        assertThat(code(server.get("/api/v1/clients/me?api_key=nope"))).isEqualTo("INVALID_API_KEY");
    }

    @Test
    void repeatedGuessesFromOneAddressAreThrottledThroughTheListener() {
        server.close();
        BlockAfter listener = new BlockAfter(3);
        server = TestServer.start(HttpSettings.defaults(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), AuthFailureListener.class)
                        .setBinding()
                        .toInstance(listener);
            }
        });
        acme = server.createClient("Acme");
        key = acme.apiKey().plainText();
        assertThat(me("X-API-Key", key).statusCode()).isEqualTo(200);

        for (int i = 0; i < 3; i++) {
            assertThat(me("X-API-Key", "vgt_" + "B".repeat(42) + i).statusCode())
                    .isEqualTo(401);
        }
        var blocked = me("X-API-Key", "vgt_" + "C".repeat(43));

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(code(blocked)).isEqualTo("RATE_LIMITED");
        assertThat(blocked.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(listener.failures.get("127.0.0.1").get()).isEqualTo(3);
        assertThat(server.postForm("/auth/token", "username=a&password=b").statusCode())
                .as("a failed login from the blocked address")
                .isEqualTo(429);
        assertThat(server.get("/admin/v1/clients", "X-Admin-Key", "vgo_" + "D".repeat(43))
                        .statusCode())
                .as("an unknown operator key from the blocked address")
                .isEqualTo(429);
        assertThat(server.get("/admin/v1/clients", "X-Admin-Key", server.operatorKey)
                        .statusCode())
                .as("a valid operator key is never refused for others' guesses")
                .isEqualTo(200);
        assertThat(me("X-API-Key", key).statusCode())
                .as("a key verified before is served from the cache")
                .isEqualTo(200);
        String uncached = server.core
                .keys()
                .issueApiKey(new IssueApiKeyCommand(acme.client().id(), "second", null))
                .plainText();
        assertThat(me("X-API-Key", uncached).statusCode())
                .as("a valid key not yet cached is verified, not refused")
                .isEqualTo(200);
    }

    @Test
    void revokedOrMissingCredentialsDoNotCountAsGuesses() {
        server.close();
        BlockAfter listener = new BlockAfter(1);
        server = TestServer.start(HttpSettings.defaults(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), AuthFailureListener.class)
                        .setBinding()
                        .toInstance(listener);
            }
        });
        acme = server.createClient("Acme");
        server.core
                .access()
                .revokeAccess(AccessCommand.wholeClient(acme.client().id()));

        assertThat(code(me("X-API-Key", acme.apiKey().plainText()))).isEqualTo("KEY_REVOKED");
        assertThat(code(me())).isEqualTo("API_KEY_REQUIRED");
        assertThat(code(me("X-API-Key", acme.apiKey().plainText()))).isEqualTo("KEY_REVOKED");
        assertThat(listener.failures).isEmpty();
    }

    /** Blocks an address after a number of failures. */
    static final class BlockAfter implements AuthFailureListener {
        final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        private final int limit;

        BlockAfter(int limit) {
            this.limit = limit;
        }

        @Override
        public void authenticationFailed(String remoteAddress) {
            failures.computeIfAbsent(remoteAddress, a -> new AtomicInteger()).incrementAndGet();
        }

        @Override
        public boolean isBlocked(String remoteAddress) {
            AtomicInteger count = failures.get(remoteAddress);
            return count != null && count.get() >= limit;
        }
    }
}
