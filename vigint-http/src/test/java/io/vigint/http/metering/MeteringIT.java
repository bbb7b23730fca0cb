package io.vigint.http.metering;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.money.Money;
import io.vigint.core.usage.Price;
import io.vigint.core.usage.PriceList;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.core.usage.UsageRecord;
import io.vigint.core.usage.UsageReportService;
import io.vigint.core.usage.UsageReportUseCase;
import io.vigint.core.usage.UsageSink;
import io.vigint.http.HttpModule;
import io.vigint.http.HttpSettings;
import io.vigint.http.idempotency.IdempotencyFilter;
import io.vigint.http.testing.TestServer;
import io.vigint.memory.InMemoryUsageStore;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Metering through the real server: the filter records each metered call before its response, once per
 * idempotent retry, and turns a failed write into 503; the usage endpoints show a client its own usage.
 */
class MeteringIT {
    private static final String ANALYZE = "/api/test/analyze";
    private static final PriceList PRICES = new PriceList(
            Money.EUR, Map.of(ANALYZE, Price.perCall("0.05"), "/api/test/items/{id}", Price.perCall("0.01")));
    private static final UsagePeriod ALL_OF_2026 =
            new UsagePeriod(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

    private final AnalyzeLikeResource resource = new AnalyzeLikeResource();
    private final AtomicBoolean storageDown = new AtomicBoolean();
    private TestServer server;
    private InMemoryUsageStore usage;
    private CreatedClient acme;
    private String key;

    @BeforeEach
    void start() {
        server = TestServer.start(HttpSettings.defaults(), new MeteringHttpModule(), new AbstractModule() {
            @Override
            protected void configure() {
                HttpModule.jerseyComponents(binder()).addBinding().toInstance(resource);
            }

            @com.google.inject.Provides
            @com.google.inject.Singleton
            InMemoryUsageStore usageStore(io.vigint.core.idempotency.IdempotencyStore storage) {
                // TestServer binds its InMemoryStorage as the IdempotencyStore; it is the ClientStore too.
                return new InMemoryUsageStore((io.vigint.core.client.ClientStore) storage);
            }

            @com.google.inject.Provides
            UsageSink sink(InMemoryUsageStore store) {
                return new UsageSink() {
                    @Override
                    public void record(io.vigint.core.usage.UsageRecord record) {
                        failIfDown();
                        store.record(record);
                    }

                    @Override
                    public void recordIngest(io.vigint.core.usage.IngestUsage usage) {
                        failIfDown();
                        store.recordIngest(usage);
                    }

                    private void failIfDown() {
                        if (storageDown.get()) {
                            throw new VigintException(CoreErrorCode.STORAGE_UNAVAILABLE, "the database is away");
                        }
                    }
                };
            }

            @com.google.inject.Provides
            UsageReportUseCase report(InMemoryUsageStore store) {
                return new UsageReportService(store);
            }

            @com.google.inject.Provides
            PriceList prices() {
                return PRICES;
            }
        });
        usage = server.injector.getInstance(InMemoryUsageStore.class);
        acme = server.createClient("Acme");
        key = acme.apiKey().plainText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<UsageRecord> recorded() {
        return usage.list(acme.client().id(), ALL_OF_2026, null, 1000).stream()
                .map(UsageEntry::record)
                .toList();
    }

    @Test
    void aCallToAPathNoResourceServesIsNotRecordedSoCallersCannotMintEndpoints() {
        HttpResponse<String> first = server.get("/api/no-such-thing", "X-API-Key", key);
        HttpResponse<String> second = server.get("/api/" + "x".repeat(150) + "/=HYPERLINK", "X-API-Key", key);

        assertThat(first.statusCode()).isEqualTo(404);
        assertThat(second.statusCode()).isEqualTo(404);
        assertThat(recorded()).isEmpty();
    }

    @Test
    void aMeteredCallIsRecordedWithItsRequestIdPriceAndKeyBeforeTheResponse() {
        HttpResponse<String> response =
                server.postJson(ANALYZE, "{}", "X-API-Key", key, "X-Request-Id", "req-analyze-1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recorded())
                .singleElement()
                .isEqualTo(new UsageRecord(
                        acme.apiKey().key().id(),
                        acme.client().id(),
                        ANALYZE,
                        "POST",
                        200,
                        Money.of("0.050000", "EUR"),
                        TestServer.START,
                        "req-analyze-1"));
    }

    @Test
    void failedCallsAreRecordedFreeAndUnmeteredCallsNotAtAll() {
        server.postJson(ANALYZE + "?status=422", "{}", "X-API-Key", key, "X-Request-Id", "failed");
        server.get("/api/health", "X-Request-Id", "anonymous");
        server.get("/api/health", "X-API-Key", key, "X-Request-Id", "health");
        server.get("/health", "X-API-Key", key, "X-Request-Id", "outside-api");

        assertThat(recorded())
                .extracting(UsageRecord::requestId, UsageRecord::statusCode, r -> r.cost()
                        .amount()
                        .signum())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("failed", 422, 0),
                        org.assertj.core.groups.Tuple.tuple("health", 200, 0));
    }

    @Test
    void aCallThatDidSeveralBillableThingsIsOneRecordChargingEachOfThem() {
        server.postJson(ANALYZE + "?units=3", "{}", "X-API-Key", key, "X-Request-Id", "three");
        server.postJson(ANALYZE + "?units=0", "{}", "X-API-Key", key, "X-Request-Id", "none");

        assertThat(recorded())
                .extracting(
                        UsageRecord::requestId,
                        r -> r.cost().amount().stripTrailingZeros().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("three", "0.15"),
                        org.assertj.core.groups.Tuple.tuple("none", "0"));
    }

    @Test
    void theEndpointIsTheMatchedPathTemplate() {
        server.get("/api/test/items/42", "X-API-Key", key);
        server.get("/api/test/items/43", "X-API-Key", key);

        assertThat(recorded())
                .extracting(UsageRecord::endpoint, r -> r.cost().amount().toPlainString())
                .containsOnly(org.assertj.core.groups.Tuple.tuple("/api/test/items/{id}", "0.010000"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsBilledOnce() {
        HttpResponse<String> first = server.postJson(ANALYZE, "{}", "X-API-Key", key, "Idempotency-Key", "order-7");
        HttpResponse<String> retry = server.postJson(ANALYZE, "{}", "X-API-Key", key, "Idempotency-Key", "order-7");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(resource.invocations).hasValue(1);
        assertThat(recorded()).hasSize(1);
    }

    @Test
    void whenTheRecordCannotBeWrittenTheCallerGets503AndARetryRunsAgain() {
        storageDown.set(true);
        HttpResponse<String> refused = server.postJson(ANALYZE, "{}", "X-API-Key", key, "Idempotency-Key", "order-8");

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(json(refused).at("/error/code").asText()).isEqualTo("STORAGE_UNAVAILABLE");
        assertThat(json(refused).at("/status").asText()).isEqualTo("error");
        assertThat(recorded()).isEmpty();

        storageDown.set(false);
        HttpResponse<String> retried = server.postJson(ANALYZE, "{}", "X-API-Key", key, "Idempotency-Key", "order-8");

        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .isEmpty();
        assertThat(recorded()).hasSize(1);
    }

    @Test
    void apiUsageShowsTheKeysLatestCallsInTheSeedsShape() {
        server.postJson(ANALYZE, "{}", "X-API-Key", key);
        server.get("/api/health", "X-API-Key", key);
        String otherKey = server.core
                .keys()
                .issueApiKey(io.vigint.core.key.IssueApiKeyCommand.defaultKey(
                        acme.client().id()))
                .plainText();
        server.get("/api/health", "X-API-Key", otherKey);

        HttpResponse<String> response = server.get("/api/usage", "X-API-Key", key);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertMatchesFixture("usage-latest", response.body());
    }

    @Test
    void apiUsageWithAnAccessTokenShowsTokenCallsWithoutAKeyId() {
        server.setLogin(acme.client().id(), "acme", "a long enough password");
        String token = json(server.postForm("/auth/token", "username=acme&password=a+long+enough+password"))
                .get("access_token")
                .asText();
        server.postJson(ANALYZE, "{}", "Authorization", "Bearer " + token);
        server.postJson(ANALYZE, "{}", "X-API-Key", key);

        JsonNode body = json(server.get("/api/usage", "Authorization", "Bearer " + token));

        assertThat(body.get("api_key_id").isNull()).isTrue();
        assertThat(body.get("usage_count").asInt()).isEqualTo(1);
        assertThat(body.at("/usage/0/cost").decimalValue()).isEqualByComparingTo("0.05");
    }

    @Test
    void v1UsageListsRecordsPageByPageWithACursor() {
        for (int i = 0; i < 3; i++) {
            server.postJson(ANALYZE, "{}", "X-API-Key", key, "X-Request-Id", "call-" + i);
        }

        HttpResponse<String> first = server.get("/api/v1/usage?limit=2", "X-API-Key", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertMatchesFixture("usage-v1-records", first.body());
        String cursor = json(first).at("/data/next_cursor").asText();

        JsonNode second = json(server.get("/api/v1/usage?limit=2&cursor=" + cursor, "X-API-Key", key));
        List<String> ids = new ArrayList<>();
        json(first).at("/data/usage").forEach(n -> ids.add(n.get("request_id").asText()));
        second.at("/data/usage").forEach(n -> ids.add(n.get("request_id").asText()));
        // The first listing itself was recorded too (after it answered): it is the fourth record.
        assertThat(ids).startsWith("call-0", "call-1", "call-2").hasSize(4);
        assertThat(second.at("/data/next_cursor").isNull()).isTrue();
    }

    @Test
    void v1UsageSumsPerDayAndPerEndpoint() {
        server.postJson(ANALYZE, "{}", "X-API-Key", key);
        server.postJson(ANALYZE, "{}", "X-API-Key", key);
        server.clock.advance(java.time.Duration.ofDays(1));
        server.get("/api/test/items/1", "X-API-Key", key);

        HttpResponse<String> days =
                server.get("/api/v1/usage?from=2026-01-01&to=2026-02-01&group_by=day", "X-API-Key", key);
        assertThat(days.statusCode()).as(days.body()).isEqualTo(200);
        assertMatchesFixture("usage-v1-by-day", days.body());

        HttpResponse<String> endpoints = server.get(
                "/api/v1/usage?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z&group_by=endpoint", "X-API-Key", key);
        assertMatchesFixture("usage-v1-by-endpoint", endpoints.body());
    }

    @Test
    void aClientSeesOnlyItsOwnUsage() {
        server.postJson(ANALYZE, "{}", "X-API-Key", key);
        CreatedClient beta = server.createClient("Beta");
        String betaKey = beta.apiKey().plainText();

        JsonNode betaLatest = json(server.get("/api/usage", "X-API-Key", betaKey));
        JsonNode betaReport = json(server.get("/api/v1/usage", "X-API-Key", betaKey));

        assertThat(betaLatest.get("usage_count").asInt()).isZero();
        assertThat(betaLatest.get("client_name").asText()).isEqualTo("Beta");
        // Beta's only record is its own first listing.
        assertThat(betaReport.at("/data/usage")).hasSize(1);
        assertThat(betaReport.at("/data/usage/0/endpoint").asText()).isEqualTo("/api/usage");
        assertThat(server.get("/api/usage").statusCode()).isEqualTo(401);
    }

    @Test
    void badQueriesAreRefusedWithTheEnvelope() {
        assertError(server.get("/api/v1/usage?from=2026-02-01&to=2026-01-01", "X-API-Key", key), 400, "INVALID_PERIOD");
        assertError(server.get("/api/v1/usage?from=yesterday", "X-API-Key", key), 400, "VALIDATION_FAILED");
        assertError(
                server.get("/api/v1/usage?from=-999999999-01-01T00:00:00Z", "X-API-Key", key),
                400,
                "VALIDATION_FAILED");
        assertError(
                server.get("/api/v1/usage?to=%2B100000-01-01T00:00:00Z", "X-API-Key", key), 400, "VALIDATION_FAILED");
        assertError(server.get("/api/v1/usage?limit=0", "X-API-Key", key), 400, "VALIDATION_FAILED");
        assertError(server.get("/api/v1/usage?limit=ten", "X-API-Key", key), 400, "VALIDATION_FAILED");
        assertError(server.get("/api/v1/usage?group_by=week", "X-API-Key", key), 400, "VALIDATION_FAILED");
        assertError(server.get("/api/v1/usage?cursor=not-a-cursor", "X-API-Key", key), 400, "VALIDATION_FAILED");
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).at("/error/code").asText()).isEqualTo(code);
    }
}
