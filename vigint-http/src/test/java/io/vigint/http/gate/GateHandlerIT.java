package io.vigint.http.gate;

import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.error.VigintException;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.auth.AccessRule;
import io.vigint.http.metrics.VigintMetrics;
import io.vigint.http.ratelimit.IngestLimitSettings;
import io.vigint.http.ratelimit.RateLimitDecision;
import io.vigint.http.ratelimit.RateLimitSettings;
import io.vigint.http.testing.IngestWiring;
import io.vigint.http.testing.TestServer;
import io.vigint.memory.InMemoryUsageStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A plain Grizzly handler (no Jersey) that gates its requests with the shared classes of this package answers
 * exactly as the Jersey server does, and shares its state with it: the same error envelopes and headers, the
 * same per-client call budget, the same failed-authentication throttle per address, and metered calls recorded
 * in the same usage store under the route's endpoint and the request's id.
 */
class GateHandlerIT {
    private static final String ENDPOINT = "/api/gated/echo";
    private static final RateLimitSettings LIMITS = new RateLimitSettings(
            RateLimitSettings.Backend.LOCAL,
            3,
            RateLimitSettings.DEFAULT_REDIS_URL,
            RateLimitSettings.DEFAULT_POSTGRES_TABLE,
            Duration.ofSeconds(5),
            2,
            IngestLimitSettings.defaults());

    private final TestServer server = IngestWiring.start(LIMITS);
    private final InMemoryUsageStore usage = IngestWiring.usage(server);
    private final CreatedClient shop = server.createClient("Shop");
    private final String key = shop.apiKey().plainText();
    private final HttpServer plain = startPlain();

    @AfterEach
    void stop() {
        plain.shutdownNow();
        server.close();
    }

    /** The handler a fast path would be: authenticate, limit, answer, meter; every refusal is an ErrorAnswer. */
    private final class GatedHandler extends HttpHandler {
        private final GateRoute route = GateRoute.of(ENDPOINT);
        private final Authentication authentication = server.injector.getInstance(Authentication.class);
        private final CallLimits calls = server.injector.getInstance(CallLimits.class);
        private final Metering metering = server.injector.getInstance(Metering.class);
        private final VigintMetrics metrics = server.injector.getInstance(VigintMetrics.class);

        @Override
        public void service(Request request, Response response) throws IOException {
            long start = System.nanoTime();
            String requestId = RequestIds.idFor(request.getHeader("X-Request-Id"));
            response.setHeader("X-Request-Id", requestId);
            try {
                PresentedCredentials presented = new PresentedCredentials(
                        request.getHeader("X-API-Key"),
                        request.getHeader("Authorization"),
                        request.getHeader("X-Admin-Key"),
                        PresentedCredentials.queryApiKey(request.getQueryString()));
                Caller caller = authentication.authenticate(
                        route.ruleFor(request.getMethod().getMethodString()), presented, request::getRemoteAddr);
                ClientPrincipal principal = caller.client();
                RateLimitDecision decision = calls.admit(principal);
                if (decision != null) {
                    if (!decision.allowed()) {
                        RateLimitHeaders.writeLimits(decision, response::setHeader);
                        throw CallLimits.refusal(decision);
                    }
                    RateLimitHeaders.write(decision, response::setHeader);
                }
                if (Metering.meters(route, 200, false)) {
                    metering.recordCall(principal, route, "GET", 200, start, 1, requestId);
                }
                byte[] body = "{\"status\":\"ok\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                response.setContentType("application/json");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            } catch (VigintException e) {
                ErrorAnswer.of(e, metrics).writeTo(response);
            }
        }
    }

    private HttpServer startPlain() {
        HttpServer created = new HttpServer();
        created.addListener(new NetworkListener("gated", "127.0.0.1", 0));
        created.getServerConfiguration().addHttpHandler(new GatedHandler(), ENDPOINT);
        try {
            created.start();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return created;
    }

    private HttpResponse<String> gated(String... headers) {
        int port = plain.getListeners().iterator().next().getPort();
        return server.send(TestServer.withHeaders(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ENDPOINT))
                                .timeout(Duration.ofSeconds(10))
                                .GET(),
                        headers)
                .build());
    }

    @Test
    void theRouteIsAClientRouteThatIsMetered() {
        GateRoute route = GateRoute.of(ENDPOINT);
        assertThat(route.ruleFor("GET")).isEqualTo(AccessRule.CLIENT);
        assertThat(route.metered()).isTrue();
        assertThat(route.ingest()).isFalse();
        assertThat(GateRoute.of("/api/video/buffer").ingest()).isTrue();
        assertThat(GateRoute.of("/api/v1/clients").ruleFor("POST")).isEqualTo(AccessRule.SIGN_UP);
        assertThat(GateRoute.of("/api/v1/clients").ruleFor("GET")).isEqualTo(AccessRule.CLIENT);
    }

    @Test
    void refusalsAreTheSameEnvelopesAndHeadersAsJerseys() {
        HttpResponse<String> jersey = server.get("/api/v1/clients/me");
        HttpResponse<String> handler = gated();
        assertThat(handler.statusCode()).isEqualTo(401).isEqualTo(jersey.statusCode());
        assertThat(json(handler)).isEqualTo(json(jersey));
        assertThat(json(handler).path("error").path("code").asText()).isEqualTo("API_KEY_REQUIRED");
        assertThat(handler.headers().firstValue("WWW-Authenticate"))
                .isPresent()
                .isEqualTo(jersey.headers().firstValue("WWW-Authenticate"));
        assertThat(handler.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> badScheme = gated("Authorization", "Basic abc");
        HttpResponse<String> jerseyBadScheme = server.get("/api/v1/clients/me", "Authorization", "Basic abc");
        assertThat(badScheme.statusCode()).isEqualTo(401);
        assertThat(json(badScheme)).isEqualTo(json(jerseyBadScheme));
    }

    @Test
    void aValidKeyIsServedLimitedAndMeteredUnderTheRouteAndRequestId() {
        HttpResponse<String> response = gated("X-API-Key", key, "X-Request-Id", "gate-test-1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("RateLimit-Limit")).hasValue("3");
        assertThat(response.headers().firstValue("RateLimit-Remaining")).hasValue("2");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("gate-test-1");
        List<UsageEntry> recorded = usage.list(shop.client().id(), UsagePeriod.monthOf(TestServer.START), null, 10);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).record().endpoint()).isEqualTo(ENDPOINT);
        assertThat(recorded.get(0).record().requestId()).isEqualTo("gate-test-1");
        assertThat(recorded.get(0).record().apiKeyId())
                .isEqualTo(shop.apiKey().key().id());
        assertThat(recorded.get(0).record().statusCode()).isEqualTo(200);
    }

    @Test
    void theCallBudgetIsSharedWithJersey() {
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", key).statusCode())
                .isEqualTo(200);
        assertThat(gated("X-API-Key", key).statusCode()).isEqualTo(200);
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", key).statusCode())
                .isEqualTo(200);
        HttpResponse<String> refused = gated("X-API-Key", key);
        HttpResponse<String> jerseyRefused = server.get("/api/v1/clients/me", "X-API-Key", key);
        assertThat(refused.statusCode()).isEqualTo(429).isEqualTo(jerseyRefused.statusCode());
        JsonNode error = json(refused).path("error");
        assertThat(error.path("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(error.path("details").path("limit_name").asText()).isEqualTo("requests_per_minute");
        assertThat(json(refused).path("error").path("details"))
                .isEqualTo(json(jerseyRefused).path("error").path("details"));
        assertThat(refused.headers().allValues("Retry-After")).hasSize(1);
        assertThat(refused.headers().firstValue("Retry-After"))
                .isEqualTo(jerseyRefused.headers().firstValue("Retry-After"));
        assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
        assertThat(jerseyRefused.headers().allValues("Retry-After")).hasSize(1);
        // Refused calls are not metered: three were answered, by either server.
        assertThat(usage.list(shop.client().id(), UsagePeriod.monthOf(TestServer.START), null, 10))
                .hasSize(3);
    }

    @Test
    void unknownKeysThrottleTheAddressOnBothServersAndAValidKeyStillPasses() {
        String unknown = "vgt_" + "x".repeat(43);
        assertThat(gated("X-API-Key", unknown).statusCode()).isEqualTo(401);
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", unknown).statusCode())
                .isEqualTo(401);
        HttpResponse<String> blocked = gated("X-API-Key", unknown);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(json(blocked).path("error").path("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(server.get("/api/v1/clients/me", "X-API-Key", unknown).statusCode())
                .isEqualTo(429);
        assertThat(gated("X-API-Key", key).statusCode()).isEqualTo(200);
    }
}
