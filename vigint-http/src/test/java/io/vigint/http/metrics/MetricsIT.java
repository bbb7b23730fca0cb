package io.vigint.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.Client;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.http.ratelimit.ClientRateLimits;
import io.vigint.http.ratelimit.ExtrasTestServer;
import io.vigint.http.ratelimit.LocalRateLimiter;
import io.vigint.http.ratelimit.RateLimitFilter;
import io.vigint.memory.InMemoryStorage;
import io.vigint.memory.VigintCore;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MetricsIT {
    @Test
    void theMetricsEndpointExposesRequestsByRouteTemplateAuthFailuresAndRateLimitedRequests() {
        VigintCore core = VigintCore.builder().storage(new InMemoryStorage()).build();
        Client acme = core.clients()
                .createClient(new CreateClientCommand("Acme", "acme@example.com", null))
                .client();
        core.clientSettings().setRateLimit(acme.id(), 3);
        VigintMetrics metrics = new VigintMetrics();
        try (LocalRateLimiter limiter = new LocalRateLimiter();
                ExtrasTestServer server = ExtrasTestServer.start(
                                new ItemResource(),
                                new MetricsResource(metrics),
                                new MetricsFilter(metrics),
                                new RateLimitFilter(
                                        limiter,
                                        new ClientRateLimits(core.clientSettings(), 60, Duration.ofSeconds(5)),
                                        metrics))
                        .addClient("Acme", acme)) {
            server.get("/items/7");
            server.get("/items/8");
            server.get("/items");
            server.get("/no/such/path");
            for (int i = 0; i < 4; i++) {
                server.get("/items/9", ExtrasTestServer.CLIENT_HEADER, "Acme");
            }
            metrics.authFailed(CoreErrorCode.INVALID_API_KEY);
            metrics.authFailed("INVALID_API_KEY");
            metrics.authFailed("INVALID_TOKEN");

            HttpResponse<String> scraped = server.get("/metrics");

            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(
                            type -> assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
            String text = scraped.body();
            assertThat(text)
                    .contains(
                            "http_server_requests_seconds_count{method=\"GET\",route=\"/items/{id}\",status=\"200\"} 5")
                    .contains(
                            "http_server_requests_seconds_count{method=\"GET\",route=\"/items/{id}\",status=\"429\"} 1")
                    .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/items\",status=\"200\"} 1")
                    .contains("route=\"UNMATCHED\",status=\"404\"} 1")
                    .contains(
                            "http_server_requests_seconds_bucket{method=\"GET\",route=\"/items/{id}\",status=\"200\",le=\"0.005\"}")
                    .contains("vigint_auth_failures_total{reason=\"INVALID_API_KEY\"} 2")
                    .contains("vigint_auth_failures_total{reason=\"INVALID_TOKEN\"} 1")
                    .contains("vigint_rate_limited_total 1")
                    .doesNotContain("/items/7")
                    .doesNotContain("/no/such/path");
        }
    }
}
