package io.vigint.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.ClientId;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.MutableClock;
import io.vigint.memory.InMemoryStorage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyPurgerTest {
    private static final ClientId CLIENT = new ClientId(1);

    private final InMemoryStorage store = new InMemoryStorage();
    private final MutableClock clock = new MutableClock(Fixtures.T0);

    private void claim(String key, Instant at) {
        store.claim(CLIENT, key, "fp", at, Instant.EPOCH);
    }

    @Test
    void purgeDeletesKeysOlderThan24Hours() {
        claim("old", Fixtures.T0);
        claim("recent", Fixtures.T0.plus(Duration.ofHours(23)));
        clock.advance(Duration.ofHours(25));

        int purged = new IdempotencyPurger(store, clock).purgeNow();

        assertThat(purged).isEqualTo(1);
        assertThat(store.claim(CLIENT, "recent", "fp", clock.instant(), Instant.EPOCH))
                .isPresent();
        assertThat(store.claim(CLIENT, "old", "fp", clock.instant(), Instant.EPOCH))
                .isEmpty();
    }

    @Test
    void startedPurgesRunOnTheirOwnUntilStopped() throws InterruptedException {
        claim("old", Fixtures.T0);
        clock.advance(Duration.ofHours(25));
        try (IdempotencyPurger purger =
                new IdempotencyPurger(store, clock, Duration.ofHours(24), Duration.ofMillis(50))) {
            purger.start();
            purger.start();
            Thread.sleep(500);
            purger.stop();
            claim("after-stop", Fixtures.T0);
            Thread.sleep(200);
        }

        assertThat(store.claim(CLIENT, "old", "fp", clock.instant(), Instant.EPOCH))
                .as("purged while started")
                .isEmpty();
        assertThat(store.claim(CLIENT, "after-stop", "fp", clock.instant(), Instant.EPOCH))
                .as("kept once stopped")
                .isPresent();
    }
}
