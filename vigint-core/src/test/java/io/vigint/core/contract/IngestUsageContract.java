package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.money.Money;
import io.vigint.core.usage.GroupCommitUsageSink;
import io.vigint.core.usage.IngestTotal;
import io.vigint.core.usage.IngestUsage;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.core.usage.UsageRecord;
import io.vigint.core.usage.UsageStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UsageStore} promises about frame-ingest counts: one exact row per client, source and
 * minute, added to (upsert-add) by every batch, also when many callers go through the {@link
 * GroupCommitUsageSink} at once.
 */
public interface IngestUsageContract extends StorageFixture {
    UsageStore usageStore();

    Instant MINUTE_0 = Instant.parse("2026-11-27T08:00:00Z");
    UsagePeriod THAT_DAY = new UsagePeriod(MINUTE_0.minusSeconds(8 * 3600), MINUTE_0.plusSeconds(16 * 3600));

    private ClientId client(String name) {
        return clientStore().insert(newClient(name)).id();
    }

    @Test
    default void countsOfOneClientSourceAndMinuteAddUpAcrossBatches() {
        ClientId acme = client("Acme");
        usageStore().append(List.of(), List.of(new IngestUsage(acme, "door", MINUTE_0, 10, 1_000)));
        usageStore()
                .append(
                        List.of(),
                        List.of(
                                new IngestUsage(acme, "door", MINUTE_0.plusSeconds(59), 5, 500),
                                new IngestUsage(acme, "yard", MINUTE_0.plusSeconds(1), 1, 7)));
        usageStore().append(List.of(), List.of(new IngestUsage(acme, "door", MINUTE_0.plusSeconds(60), 2, 30)));

        assertThat(usageStore().ingestByMinute(acme, THAT_DAY, 100))
                .containsExactly(
                        new IngestUsage(acme, "door", MINUTE_0, 15, 1_500),
                        new IngestUsage(acme, "yard", MINUTE_0, 1, 7),
                        new IngestUsage(acme, "door", MINUTE_0.plusSeconds(60), 2, 30));
        assertThat(usageStore().ingestBySource(acme, THAT_DAY))
                .containsExactly(new IngestTotal("door", 17, 1_530), new IngestTotal("yard", 1, 7));
        assertThat(usageStore().ingestByMinute(acme, THAT_DAY, 1)).hasSize(1);
    }

    @Test
    default void aPeriodHoldsTheMinutesThatStartInIt() {
        ClientId acme = client("Acme");
        usageStore()
                .append(
                        List.of(),
                        List.of(
                                new IngestUsage(acme, "door", MINUTE_0, 1, 1),
                                new IngestUsage(acme, "door", MINUTE_0.plusSeconds(60), 2, 2),
                                new IngestUsage(acme, "door", MINUTE_0.plusSeconds(120), 4, 4)));

        UsagePeriod middle = new UsagePeriod(MINUTE_0.plusSeconds(60), MINUTE_0.plusSeconds(120));
        assertThat(usageStore().ingestByMinute(acme, middle, 10))
                .containsExactly(new IngestUsage(acme, "door", MINUTE_0.plusSeconds(60), 2, 2));
        assertThat(usageStore().ingestBySource(acme, middle)).containsExactly(new IngestTotal("door", 2, 2));
        assertThat(usageStore().ingestBySource(acme, new UsagePeriod(MINUTE_0.minusSeconds(60), MINUTE_0)))
                .isEmpty();
    }

    @Test
    default void ingestReadsAreConfinedToOneClient() {
        ClientId acme = client("Acme");
        ClientId beta = client("Beta");
        usageStore()
                .append(
                        List.of(),
                        List.of(
                                new IngestUsage(acme, "door", MINUTE_0, 3, 30),
                                new IngestUsage(beta, "door", MINUTE_0, 4, 40)));

        assertThat(usageStore().ingestBySource(acme, THAT_DAY)).containsExactly(new IngestTotal("door", 3, 30));
        assertThat(usageStore().ingestBySource(beta, THAT_DAY)).containsExactly(new IngestTotal("door", 4, 40));
    }

    @Test
    default void aBatchWithACountOfAnUnknownClientWritesNothing() {
        ClientId acme = client("Acme");
        UsageRecord call = new UsageRecord(
                new ApiKeyId(1), acme, "/api/x", "POST", 200, Money.of("0.05", "EUR"), MINUTE_0, "call");

        assertThatThrownBy(() -> usageStore()
                        .append(
                                List.of(call),
                                List.of(
                                        new IngestUsage(acme, "door", MINUTE_0, 1, 1),
                                        new IngestUsage(new ClientId(987_654_321L), "door", MINUTE_0, 1, 1))))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STORAGE_UNAVAILABLE));
        assertThat(usageStore().ingestByMinute(acme, THAT_DAY, 10)).isEmpty();
        assertThat(usageStore().latest(acme, new ApiKeyId(1), 10)).isEmpty();
    }

    /**
     * 137 frames of one camera over three minutes (and a second camera, and calls between them), sent by 8
     * threads at once through the group-commit sink: each minute's row has exactly its frames and bytes, and a
     * caller is released only once its frame is counted.
     */
    @Test
    default void framesSentAtOnceThroughTheSinkAreCountedExactlyPerMinute() throws Exception {
        ClientId acme = client("Acme");
        int frames = 137;
        long[] expectedFrames = new long[3];
        long[] expectedBytes = new long[3];
        List<IngestUsage> sent = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            int minute = i * 3 / frames;
            long bytes = 90_000 + 37L * i;
            sent.add(new IngestUsage(acme, "door", MINUTE_0.plusSeconds(60L * minute + (i % 60)), 1, bytes));
            expectedFrames[minute]++;
            expectedBytes[minute] += bytes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (GroupCommitUsageSink sink = new GroupCommitUsageSink(usageStore())) {
            List<Callable<Void>> senders = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                senders.add(() -> {
                    for (int i = thread; i < frames; i += 8) {
                        sink.recordIngest(sent.get(i));
                        sink.recordIngest(new IngestUsage(acme, "yard", MINUTE_0, 1, 10));
                        if (i % 10 == 0) {
                            sink.record(new UsageRecord(
                                    new ApiKeyId(1),
                                    acme,
                                    "/api/video/analyze",
                                    "POST",
                                    200,
                                    Money.of("0.05", "EUR"),
                                    MINUTE_0,
                                    "call-" + i));
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(senders)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(usageStore().ingestByMinute(acme, THAT_DAY, 100))
                .containsExactly(
                        new IngestUsage(acme, "door", MINUTE_0, expectedFrames[0], expectedBytes[0]),
                        new IngestUsage(acme, "yard", MINUTE_0, frames, 10L * frames),
                        new IngestUsage(acme, "door", MINUTE_0.plusSeconds(60), expectedFrames[1], expectedBytes[1]),
                        new IngestUsage(acme, "door", MINUTE_0.plusSeconds(120), expectedFrames[2], expectedBytes[2]));
        assertThat(expectedFrames[0] + expectedFrames[1] + expectedFrames[2]).isEqualTo(frames);
        assertThat(usageStore().latest(acme, new ApiKeyId(1), 100)).hasSize(14);
    }
}
