package io.vigint.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.ClientId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IncidentDeduplicatorTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final AlertCommand SMOKE = new AlertCommand(new ClientId(1), null, "Smoke", "HIGH", "fire", null);

    @Test
    void textIsComparedByItsWords() {
        assertThat(IncidentDeduplicator.normalise("  Person AT the back-door!! "))
                .isEqualTo("person at the back door");
        assertThat(IncidentDeduplicator.normalise("Cafe\u0301")).isEqualTo(IncidentDeduplicator.normalise("Café"));
        assertThat(IncidentDeduplicator.normalise(null)).isEmpty();
    }

    @Test
    void theWindowCountsFromTheSentAlertAndOldIncidentsAreForgotten() {
        IncidentDeduplicator dedup = new IncidentDeduplicator(Duration.ofMinutes(10));

        assertThat(dedup.tryReserve(SMOKE, T0)).isNotNull();
        assertThat(dedup.tryReserve(SMOKE, T0.plusSeconds(599))).isNull();
        assertThat(dedup.tryReserve(SMOKE, T0.plusSeconds(600))).isNotNull();
        assertThat(dedup.tryReserve(SMOKE, T0.plusSeconds(1200))).isNotNull();
        assertThat(dedup.size()).isEqualTo(1);
    }

    @Test
    void aZeroWindowDeduplicatesNothing() {
        IncidentDeduplicator dedup = new IncidentDeduplicator(Duration.ZERO);

        assertThat(dedup.tryReserve(SMOKE, T0)).isNotNull();
        assertThat(dedup.tryReserve(SMOKE, T0)).isNotNull();
    }

    @Test
    void ofManyIdenticalAlertsArrivingTogetherExactlyOneMaySend() throws Exception {
        IncidentDeduplicator dedup = new IncidentDeduplicator(Duration.ofMinutes(10));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return dedup.tryReserve(SMOKE, T0);
            }));
        }
        go.countDown();
        int winners = 0;
        for (Future<Object> result : results) {
            winners += result.get() == null ? 0 : 1;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(1);
    }
}
