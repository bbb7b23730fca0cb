package io.vigint.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.http.ratelimit.RateLimitSettings;
import io.vigint.http.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The components {@link HttpModule} registers beside the resources work in the assembled server: rate
 * limits on real routes, idempotent retries of a real POST, metrics after real traffic, and an
 * OpenAPI document listing every SPEC path.
 */
class WiringIT {
    @Test
    void theSixtyFirstRequestInAMinuteIsRefusedWithTheRateLimitHeaders() {
        try (TestServer server = TestServer.startWithRateLimits(RateLimitSettings.defaults())) {
            CreatedClient acme = server.createClient("Acme");
            String key = acme.apiKey().plainText();
            for (int i = 1; i <= 60; i++) {
                HttpResponse<String> ok = server.get("/api/v1/clients/me", "X-API-Key", key);
                assertThat(ok.statusCode()).as("request %d", i).isEqualTo(200);
                assertThat(ok.headers().firstValue("RateLimit-Remaining")).contains(Integer.toString(60 - i));
            }

            HttpResponse<String> refused = server.get("/api/v1/clients/me", "X-API-Key", key);

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(TestServer.json(refused).at("/error/code").asText()).isEqualTo("RATE_LIMITED");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("RateLimit-Limit")).contains("60");
            assertThat(refused.headers().firstValue("RateLimit-Remaining")).contains("0");
            assertThat(refused.headers().firstValue("RateLimit-Reset")).isPresent();
            CreatedClient other = server.createClient("Other");
            assertThat(server.get(
                                    "/api/v1/clients/me",
                                    "X-API-Key",
                                    other.apiKey().plainText())
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOneKey() {
        try (TestServer server = TestServer.start()) {
            CreatedClient acme = server.createClient("Acme");
            String key = acme.apiKey().plainText();

            HttpResponse<String> first = server.postJson(
                    "/api/v1/keys", "{\"name\":\"camera\"}", "X-API-Key", key, "Idempotency-Key", "retry-1");
            HttpResponse<String> retry = server.postJson(
                    "/api/v1/keys", "{\"name\":\"camera\"}", "X-API-Key", key, "Idempotency-Key", "retry-1");
            HttpResponse<String> changed = server.postJson(
                    "/api/v1/keys", "{\"name\":\"other\"}", "X-API-Key", key, "Idempotency-Key", "retry-1");

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(retry.statusCode()).isEqualTo(201);
            String plainKey = first.body().replaceAll("(?s).*\"api_key\":\"([^\"]+)\".*", "$1");
            assertThat(plainKey).startsWith("vgt_");
            assertThat(retry.body())
                    .as("the replay answers the same key's metadata without the plain key (SPEC §3.5)")
                    .isEqualTo(first.body().replace("\"api_key\":\"" + plainKey + "\"", "\"api_key_redacted\":true"))
                    .doesNotContain(plainKey);
            assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(changed.statusCode()).isEqualTo(422);
            assertThat(server.core.keys().listApiKeys(acme.client().id())).hasSize(2);
        }
    }

    @Test
    void metricsCountRequestsAuthFailuresAndRateLimits() {
        try (TestServer server = TestServer.start()) {
            server.get("/api/health");
            server.get("/api/v1/clients/me", "X-API-Key", "vgt_" + "A".repeat(43));

            HttpResponse<String> anonymous = server.get("/metrics");
            HttpResponse<String> metrics = server.get("/metrics", "X-Admin-Key", server.operatorKey);

            assertThat(anonymous.statusCode())
                    .as("metrics need the operator key")
                    .isEqualTo(401);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                    .contains("http_server_requests_seconds_count")
                    .contains("route=\"/api/health\"")
                    .contains("vigint_auth_failures_total{reason=\"INVALID_API_KEY\"} 1.0");
        }
    }

    @Test
    void theOpenApiDocumentListsEverySpecPath() {
        try (TestServer server = TestServer.start()) {
            JsonNode paths = TestServer.json(server.get("/openapi.json")).get("paths");

            List<String> expected = List.of(
                    "/api/health",
                    "/api/v1/clients",
                    "/api/v1/clients/me",
                    "/api/v1/clients/regenerate-key",
                    "/api/v1/keys",
                    "/api/v1/keys/{id}",
                    "/auth/token",
                    "/admin/v1/clients",
                    "/admin/v1/clients/{id}",
                    "/metrics",
                    "/openapi.json");
            List<String> documented = new java.util.ArrayList<>();
            paths.fieldNames()
                    .forEachRemaining(p ->
                            documented.add(p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p));
            assertThat(documented).containsAll(expected);
        }
    }
}
