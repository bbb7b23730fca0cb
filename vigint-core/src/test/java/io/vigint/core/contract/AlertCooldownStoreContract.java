package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.alert.AlertCooldown;
import io.vigint.core.alert.AlertCooldownStore;
import io.vigint.core.alert.IncidentKey;
import io.vigint.core.client.ClientId;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.video.analysis.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link AlertCooldownStore} promises. */
public interface AlertCooldownStoreContract extends StorageFixture {
    AlertCooldownStore cooldownStore();

    /** Deletes a client's cooldowns with the client (the store itself, or the schema's cascade). */
    ClientDataOwner cooldownOwner();

    Duration MINUTE = Duration.ofSeconds(60);

    private ClientId client(String name) {
        return clientStore().insert(newClient(name)).id();
    }

    private static IncidentKey key(ClientId client, String source, String type) {
        return new IncidentKey(client, source, type);
    }

    private static AlertCooldown cooldown(Instant start, RiskLevel level) {
        return new AlertCooldown(start, start.plus(MINUTE), level);
    }

    @Test
    default void theFirstClaimWinsAndLaterOnesSeeTheCooldownInForce() {
        IncidentKey intrusion = key(client("Acme"), "yard", "intrusion");
        AlertCooldown first = cooldown(T0, RiskLevel.MEDIUM);

        assertThat(cooldownStore().claim(intrusion, first)).isEmpty();
        assertThat(cooldownStore().claim(intrusion, cooldown(T0.plusSeconds(3), RiskLevel.MEDIUM)))
                .contains(first);
        assertThat(cooldownStore().claim(intrusion, cooldown(T0.plusSeconds(57), RiskLevel.LOW)))
                .as("a lower level does not break through")
                .contains(first);
    }

    @Test
    default void aCooldownHoldsUntilItsEndExclusive() {
        IncidentKey intrusion = key(client("Acme"), "yard", "intrusion");
        AlertCooldown first = cooldown(T0, RiskLevel.HIGH);
        cooldownStore().claim(intrusion, first);

        Instant lastMicro = first.endsAt().minusNanos(1_000);
        assertThat(cooldownStore().claim(intrusion, cooldown(lastMicro, RiskLevel.HIGH)))
                .contains(first);
        AlertCooldown next = cooldown(first.endsAt(), RiskLevel.LOW);
        assertThat(cooldownStore().claim(intrusion, next)).isEmpty();
        assertThat(cooldownStore().claim(intrusion, cooldown(first.endsAt().plusSeconds(1), RiskLevel.LOW)))
                .as("the new cooldown is the one in force")
                .contains(next);
    }

    @Test
    default void aHigherRiskLevelBreaksThroughAndStartsANewCooldownAtItsLevel() {
        IncidentKey intrusion = key(client("Acme"), "yard", "intrusion");
        cooldownStore().claim(intrusion, cooldown(T0, RiskLevel.MEDIUM));

        AlertCooldown high = cooldown(T0.plusSeconds(20), RiskLevel.HIGH);
        assertThat(cooldownStore().claim(intrusion, high)).isEmpty();

        assertThat(cooldownStore().claim(intrusion, cooldown(T0.plusSeconds(70), RiskLevel.MEDIUM)))
                .as("past the MEDIUM cooldown's end but within the HIGH one")
                .contains(high);
        assertThat(cooldownStore().claim(intrusion, cooldown(T0.plusSeconds(71), RiskLevel.HIGH)))
                .contains(high);
        assertThat(cooldownStore().claim(intrusion, cooldown(high.endsAt(), RiskLevel.MEDIUM)))
                .isEmpty();
    }

    @Test
    default void everyClientSourceAndTypeHasItsOwnCooldown() {
        ClientId acme = client("Acme");
        ClientId beta = client("Beta");
        cooldownStore().claim(key(acme, "yard", "intrusion"), cooldown(T0, RiskLevel.HIGH));

        for (IncidentKey other : List.of(
                key(beta, "yard", "intrusion"), key(acme, "gate", "intrusion"), key(acme, "yard", "loitering"))) {
            assertThat(cooldownStore().claim(other, cooldown(T0.plusSeconds(1), RiskLevel.LOW)))
                    .as(other.toString())
                    .isEmpty();
        }
    }

    @Test
    default void releaseForgetsOnlyTheClaimItNames() {
        IncidentKey intrusion = key(client("Acme"), "yard", "intrusion");
        AlertCooldown medium = cooldown(T0, RiskLevel.MEDIUM);
        cooldownStore().claim(intrusion, medium);
        AlertCooldown high = cooldown(T0.plusSeconds(1), RiskLevel.HIGH);
        cooldownStore().claim(intrusion, high);

        cooldownStore().release(intrusion, medium);
        assertThat(cooldownStore().claim(intrusion, cooldown(T0.plusSeconds(2), RiskLevel.HIGH)))
                .as("the replaced claim's release leaves the new one alone")
                .contains(high);

        cooldownStore().release(intrusion, high);
        assertThat(cooldownStore().claim(intrusion, cooldown(T0.plusSeconds(3), RiskLevel.LOW)))
                .isEmpty();
    }

    @Test
    default void purgeDeletesTheCooldownsThatEndedAndKeepsTheLiveOnes() {
        ClientId acme = client("Acme");
        AlertCooldown early = cooldown(T0, RiskLevel.HIGH);
        AlertCooldown late = cooldown(T0.plusSeconds(30), RiskLevel.HIGH);
        cooldownStore().claim(key(acme, "yard", "intrusion"), early);
        cooldownStore().claim(key(acme, "gate", "intrusion"), late);

        assertThat(cooldownStore().purgeEndedBy(early.endsAt().minusNanos(1_000)))
                .isZero();
        assertThat(cooldownStore().purgeEndedBy(early.endsAt())).isEqualTo(1);
        assertThat(cooldownStore().claim(key(acme, "gate", "intrusion"), cooldown(early.endsAt(), RiskLevel.HIGH)))
                .contains(late);
        assertThat(cooldownStore().purgeEndedBy(T0.plus(Duration.ofDays(1)))).isEqualTo(1);
    }

    @Test
    default void aDeletedClientsCooldownsGoWithIt() {
        ClientId acme = client("Acme");
        ClientId beta = client("Beta");
        cooldownStore().claim(key(acme, "yard", "intrusion"), cooldown(T0, RiskLevel.HIGH));
        AlertCooldown betas = cooldown(T0, RiskLevel.HIGH);
        cooldownStore().claim(key(beta, "yard", "intrusion"), betas);

        transactions().run(() -> {
            cooldownOwner().deleteClientData(acme);
            clientStore().delete(acme);
        });

        assertThat(cooldownStore().purgeEndedBy(T0.plus(Duration.ofDays(1))))
                .as("only Beta's cooldown is left")
                .isEqualTo(1);
    }

    /**
     * Many claimers at the same instant, each round on a key in a different state (none yet, one that has
     * ended, one of a lower level): exactly one of them gets it in every round.
     */
    @Test
    default void ofRacingClaimsExactlyOneWinsWhateverTheKeyHeldBefore() throws Exception {
        ClientId acme = client("Acme");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 30; round++) {
                IncidentKey key = key(acme, "cam-" + round, "intrusion");
                Instant start = T0.plusSeconds(round * 1000L);
                if (round % 3 == 1) {
                    cooldownStore().claim(key, cooldown(start.minus(MINUTE), RiskLevel.HIGH));
                } else if (round % 3 == 2) {
                    cooldownStore().claim(key, cooldown(start.minusSeconds(10), RiskLevel.LOW));
                }
                CyclicBarrier together = new CyclicBarrier(threads);
                List<Callable<Optional<AlertCooldown>>> claims = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    claims.add(() -> {
                        together.await();
                        return cooldownStore().claim(key, cooldown(start, RiskLevel.MEDIUM));
                    });
                }
                int winners = 0;
                for (Future<Optional<AlertCooldown>> f : pool.invokeAll(claims)) {
                    Optional<AlertCooldown> held = f.get();
                    if (held.isEmpty()) {
                        winners++;
                    } else {
                        assertThat(held.get()).isEqualTo(cooldown(start, RiskLevel.MEDIUM));
                    }
                }
                assertThat(winners).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
