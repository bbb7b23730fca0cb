package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.ClientId;
import io.vigint.core.idempotency.IdempotencyRecord;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.idempotency.StoredResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} promises. */
public interface IdempotencyStoreContract extends StorageFixture {
    IdempotencyStore idempotencyStore();

    Instant EXPIRED_BEFORE = T0.minus(Duration.ofHours(24));
    StoredResponse CREATED =
            new StoredResponse(201, "application/json", "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));

    private ClientId client(String name) {
        return clientStore().insert(newClient(name)).id();
    }

    @Test
    default void theFirstClaimWinsAndLaterOnesSeeItUntilCompleted() {
        ClientId acme = client("Acme");

        assertThat(idempotencyStore().claim(acme, "k1", "fp", T0, EXPIRED_BEFORE))
                .isEmpty();
        Optional<IdempotencyRecord> inProgress = idempotencyStore().claim(acme, "k1", "fp", T0, EXPIRED_BEFORE);
        assertThat(inProgress).get().satisfies(r -> {
            assertThat(r.completed()).isFalse();
            assertThat(r.fingerprint()).isEqualTo("fp");
            assertThat(r.createdAt()).isEqualTo(T0);
        });

        idempotencyStore().complete(acme, "k1", CREATED);

        assertThat(idempotencyStore().claim(acme, "k1", "other-fp", T0.plusSeconds(5), EXPIRED_BEFORE))
                .get()
                .satisfies(r -> {
                    assertThat(r.response()).isEqualTo(CREATED);
                    assertThat(r.fingerprint()).isEqualTo("fp");
                });
    }

    @Test
    default void keysAreScopedToTheClient() {
        ClientId acme = client("Acme");
        ClientId beta = client("Beta");

        assertThat(idempotencyStore().claim(acme, "same", "fp", T0, EXPIRED_BEFORE))
                .isEmpty();
        assertThat(idempotencyStore().claim(beta, "same", "fp", T0, EXPIRED_BEFORE))
                .isEmpty();
    }

    @Test
    default void aReleasedClaimCanBeClaimedAgain() {
        ClientId acme = client("Acme");
        idempotencyStore().claim(acme, "k", "fp", T0, EXPIRED_BEFORE);

        idempotencyStore().release(acme, "k");

        assertThat(idempotencyStore().claim(acme, "k", "fp2", T0, EXPIRED_BEFORE))
                .isEmpty();
    }

    @Test
    default void anExpiredRecordCountsAsAbsentAndPurgeDeletesOldRecords() {
        ClientId acme = client("Acme");
        idempotencyStore().claim(acme, "old", "fp", T0.minus(Duration.ofHours(25)), EXPIRED_BEFORE);
        idempotencyStore().complete(acme, "old", CREATED);
        idempotencyStore().claim(acme, "fresh", "fp", T0, EXPIRED_BEFORE);

        assertThat(idempotencyStore().claim(acme, "old", "fp-new", T0, EXPIRED_BEFORE))
                .isEmpty();
        assertThat(idempotencyStore().purgeCreatedBefore(T0.plusSeconds(1))).isEqualTo(2);
        assertThat(idempotencyStore().claim(acme, "fresh", "fp", T0, EXPIRED_BEFORE))
                .isEmpty();
    }

    @Test
    default void ofRacingClaimsExactlyOneWins() throws Exception {
        ClientId acme = client("Acme");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                claims.add(() -> idempotencyStore()
                        .claim(acme, "race", "fp", T0, EXPIRED_BEFORE)
                        .isEmpty());
            }
            int winners = 0;
            for (Future<Boolean> f : pool.invokeAll(claims)) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
