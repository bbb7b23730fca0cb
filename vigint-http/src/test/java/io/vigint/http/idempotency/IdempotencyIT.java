package io.vigint.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.Client;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.MutableClock;
import io.vigint.http.ratelimit.ExtrasTestServer;
import io.vigint.memory.InMemoryStorage;
import io.vigint.memory.VigintCore;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdempotencyIT {
    private static final String KEY = IdempotencyFilter.KEY_HEADER;

    private final InMemoryStorage storage = new InMemoryStorage();
    private final MutableClock clock = new MutableClock(Fixtures.T0);
    private final ChargeResource charges = new ChargeResource();
    private Client acme;
    private Client other;
    private ExtrasTestServer server;

    @BeforeEach
    void start() {
        VigintCore core = VigintCore.builder().storage(storage).clock(clock).build();
        acme = core.clients()
                .createClient(new CreateClientCommand("Acme", "acme@example.com", null))
                .client();
        other = core.clients()
                .createClient(new CreateClientCommand("Other", "other@example.com", null))
                .client();
        server = ExtrasTestServer.start(charges, new IdempotencyFilter(storage, clock))
                .addClient("Acme", acme)
                .addClient("Other", other);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> charge(String client, String key, String body) {
        return key == null
                ? server.post("/charges", body, ExtrasTestServer.CLIENT_HEADER, client)
                : server.post("/charges", body, ExtrasTestServer.CLIENT_HEADER, client, KEY, key);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstResponseAndRunsOnce() {
        HttpResponse<String> first = charge("Acme", "order-1", "{\"amount\":5}");
        HttpResponse<String> retry = charge("Acme", "order-1", "{\"amount\":5}");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).contains("\"charge\":1").contains("amount");
        assertThat(first.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .isEmpty();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Content-Type"))
                .isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .hasValue("true");
        assertThat(charges.invocations).hasValue(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedWith422() {
        charge("Acme", "order-1", "{\"amount\":5}");

        HttpResponse<String> reused = charge("Acme", "order-1", "{\"amount\":500}");

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.body()).contains("\"code\":\"IDEMPOTENCY_KEY_REUSED\"");
        assertThat(charges.invocations).hasValue(1);
    }

    @Test
    void theSameKeyOnAnotherPathIsRefusedWith422() {
        charge("Acme", "order-1", "");

        HttpResponse<String> reused =
                server.post("/charges/silent", "", ExtrasTestServer.CLIENT_HEADER, "Acme", KEY, "order-1");

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(charges.invocations).hasValue(1);
    }

    @Test
    void aRetryWhileTheFirstRequestStillRunsIsRefusedWith409() throws Exception {
        charges.started = new CountDownLatch(1);
        charges.proceed = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> first =
                CompletableFuture.supplyAsync(() -> charge("Acme", "order-1", "{\"amount\":5}"));
        assertThat(charges.started.await(20, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> concurrent = charge("Acme", "order-1", "{\"amount\":5}");
        charges.proceed.countDown();
        charges.proceed = null;

        assertThat(concurrent.statusCode()).isEqualTo(409);
        assertThat(concurrent.body()).contains("\"code\":\"IDEMPOTENCY_IN_PROGRESS\"");
        assertThat(first.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        HttpResponse<String> after = charge("Acme", "order-1", "{\"amount\":5}");
        assertThat(after.statusCode()).isEqualTo(201);
        assertThat(after.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .hasValue("true");
        assertThat(charges.invocations).hasValue(1);
    }

    @Test
    void aServerErrorReleasesTheKeySoTheRetryRunsAgain() {
        charges.failuresLeft = 1;

        HttpResponse<String> failed = charge("Acme", "order-1", "{\"amount\":5}");
        HttpResponse<String> retried = charge("Acme", "order-1", "{\"amount\":5}");
        HttpResponse<String> replayed = charge("Acme", "order-1", "{\"amount\":5}");

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .isEmpty();
        assertThat(replayed.body()).isEqualTo(retried.body());
        assertThat(replayed.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .hasValue("true");
        assertThat(charges.invocations).hasValue(2);
    }

    @Test
    void keysBelongToOneClient() {
        charge("Acme", "order-1", "{\"amount\":5}");

        HttpResponse<String> others = charge("Other", "order-1", "{\"amount\":5}");

        assertThat(others.statusCode()).isEqualTo(201);
        assertThat(others.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .isEmpty();
        assertThat(charges.invocations).hasValue(2);
    }

    @Test
    void requestsWithoutAKeyOrWithoutAClientRunEveryTime() {
        charge("Acme", null, "{\"amount\":5}");
        charge("Acme", null, "{\"amount\":5}");
        server.post("/charges", "{}", KEY, "anonymous");
        server.post("/charges", "{}", KEY, "anonymous");

        assertThat(charges.invocations).hasValue(4);
    }

    @Test
    void aKeyLongerThan255CharactersIsRefusedWith400() {
        HttpResponse<String> refused = charge("Acme", "k".repeat(256), "{}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"code\":\"VALIDATION_FAILED\"").contains(KEY);
        assertThat(charges.invocations).hasValue(0);
        assertThat(charge("Acme", "k".repeat(255), "{}").statusCode()).isEqualTo(201);
    }

    @Test
    void aResponseWithoutBodyIsReplayedToo() {
        HttpResponse<String> first =
                server.post("/charges/silent", "", ExtrasTestServer.CLIENT_HEADER, "Acme", KEY, "ping-1");
        HttpResponse<String> retry =
                server.post("/charges/silent", "", ExtrasTestServer.CLIENT_HEADER, "Acme", KEY, "ping-1");

        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(retry.statusCode()).isEqualTo(204);
        assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .hasValue("true");
        assertThat(charges.invocations).hasValue(1);
    }

    @Test
    void aKeyIsForgottenAfter24Hours() {
        charge("Acme", "order-1", "{\"amount\":5}");
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        HttpResponse<String> later = charge("Acme", "order-1", "{\"amount\":5}");

        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .isEmpty();
        assertThat(charges.invocations).hasValue(2);
    }

    @Test
    void aClaimLeftUnfinishedByAStoppedServerIsTakenOverAfterTenMinutes() {
        storage.claim(acme.id(), "order-1", "fingerprint of a request whose server died", clock.instant(), Fixtures.T0);
        assertThat(charge("Acme", "order-1", "{\"amount\":5}").statusCode()).isEqualTo(422);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        HttpResponse<String> taken = charge("Acme", "order-1", "{\"amount\":5}");

        assertThat(taken.statusCode()).isEqualTo(201);
        assertThat(charges.invocations).hasValue(1);
    }

    @Test
    void aBodyOverTheBoundWithAKeyIsRefusedWith413() {
        try (ExtrasTestServer small = ExtrasTestServer.start(
                        charges,
                        new IdempotencyFilter(storage, clock, Duration.ofHours(24), Duration.ofMinutes(10), 16))
                .addClient("Acme", acme)) {
            String body = "{\"amount\":123456789012345}";

            HttpResponse<String> refused =
                    small.post("/charges", body, ExtrasTestServer.CLIENT_HEADER, "Acme", KEY, "big-1");

            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
            assertThat(charges.invocations).hasValue(0);
        }
    }
}
