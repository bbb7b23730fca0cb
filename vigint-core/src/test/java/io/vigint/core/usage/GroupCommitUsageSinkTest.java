package io.vigint.core.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The order of the commit path of {@link GroupCommitUsageSink}: append, make durable, then answer. */
class GroupCommitUsageSinkTest {
    private static final ClientId CLIENT = new ClientId(1);

    @Test
    void aCallerIsAnsweredOnlyAfterTheStoreMadeItsBatchDurable() throws Exception {
        OrderedStore store = new OrderedStore();
        store.holdSync = new CountDownLatch(1);
        try (GroupCommitUsageSink sink = new GroupCommitUsageSink(store)) {
            CompletableFuture<Void> call = CompletableFuture.runAsync(() -> {
                sink.record(record("r1"));
                store.log.add("answered r1");
            });
            assertThat(store.syncStarted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> call.get(200, TimeUnit.MILLISECONDS))
                    .as("not answered while the sync runs")
                    .isInstanceOf(TimeoutException.class);
            store.holdSync.countDown();
            call.get(10, TimeUnit.SECONDS);
        }
        assertThat(store.log).containsExactly("append [r1]", "sync start", "sync end", "answered r1");
    }

    @Test
    void aFailedSyncFailsEveryCallerOfTheBatchAndAppendsNothingAgain() throws Exception {
        OrderedStore store = new OrderedStore();
        store.failSync = true;
        store.holdFirstAppend = new CountDownLatch(1);
        GroupCommitUsageSink.Settings oneWriter = GroupCommitUsageSink.Settings.DEFAULTS.withWriters(1);
        try (GroupCommitUsageSink sink = new GroupCommitUsageSink(store, oneWriter)) {
            List<CompletableFuture<Void>> calls = new ArrayList<>();
            calls.add(CompletableFuture.runAsync(() -> sink.record(record("first"))));
            assertThat(store.firstAppendStarted.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 5; i++) {
                String id = "queued-" + i;
                calls.add(CompletableFuture.runAsync(() -> sink.record(record(id))));
            }
            while (sink.queued() < 5) {
                Thread.sleep(5);
            }
            store.holdFirstAppend.countDown();
            for (CompletableFuture<Void> call : calls) {
                assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class)
                        .cause()
                        .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                                .isEqualTo(CoreErrorCode.STORAGE_UNAVAILABLE));
            }
        }
        assertThat(store.appendedIds)
                .as("each record appended once: a committed batch is not appended again when its sync fails")
                .containsExactlyInAnyOrder("first", "queued-0", "queued-1", "queued-2", "queued-3", "queued-4");
        assertThat(store.appends).hasValue(2);
    }

    @Test
    void oneSyncCoversEveryBatchAppendedBeforeItStarted() throws Exception {
        OrderedStore store = new OrderedStore();
        store.holdSync = new CountDownLatch(1);
        try (GroupCommitUsageSink sink =
                new GroupCommitUsageSink(store, GroupCommitUsageSink.Settings.DEFAULTS.withWriters(4))) {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> sink.record(record("a")));
            assertThat(store.syncStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // While the first sync runs, three more batches are appended by the other writers and wait.
            List<CompletableFuture<Void>> more = new ArrayList<>();
            for (String id : List.of("b", "c", "d")) {
                more.add(CompletableFuture.runAsync(() -> sink.record(record(id))));
                while (store.appends.get() < 1 + more.size()) {
                    Thread.sleep(5);
                }
            }
            Thread.sleep(200); // let the last writer count its append and queue for the sync
            store.holdSync.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (CompletableFuture<Void> call : more) {
                call.get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(store.log.stream().filter(line -> line.equals("sync start")))
                .as("the three batches appended during the first sync share the second")
                .hasSize(2);
    }

    @Test
    void ingestCountsOfOneBatchAreSummedPerKeyAndAnsweredAfterTheSyncWithTheCallsRecords() throws Exception {
        OrderedStore store = new OrderedStore();
        store.holdFirstAppend = new CountDownLatch(1);
        Instant minute = Instant.parse("2026-01-01T10:00:00Z");
        GroupCommitUsageSink.Settings oneWriter = GroupCommitUsageSink.Settings.DEFAULTS.withWriters(1);
        try (GroupCommitUsageSink sink = new GroupCommitUsageSink(store, oneWriter)) {
            List<CompletableFuture<Void>> calls = new ArrayList<>();
            calls.add(CompletableFuture.runAsync(() -> sink.record(record("first"))));
            assertThat(store.firstAppendStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // While the first batch is held, 7 frames of two cameras (one frame in the next minute) and a call queue.
            for (int i = 0; i < 5; i++) {
                Instant at = minute.plusSeconds(10 * i);
                calls.add(CompletableFuture.runAsync(() -> sink.recordIngest(frame("door", at, 1000))));
            }
            calls.add(CompletableFuture.runAsync(() -> sink.recordIngest(frame("yard", minute.plusSeconds(59), 7))));
            calls.add(CompletableFuture.runAsync(() -> sink.recordIngest(frame("door", minute.plusSeconds(60), 3))));
            calls.add(CompletableFuture.runAsync(() -> sink.record(record("second"))));
            while (sink.queued() < 8) {
                Thread.sleep(5);
            }
            store.holdFirstAppend.countDown();
            for (CompletableFuture<Void> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(store.log)
                .containsExactly(
                        "append [first]",
                        "sync start",
                        "sync end",
                        "append [second] + 3 ingest",
                        "sync start",
                        "sync end");
        assertThat(store.appendedIngest)
                .as("one count per client, minute and source, in that order")
                .containsExactly(List.of(
                        new IngestUsage(CLIENT, "door", minute, 5, 5000),
                        new IngestUsage(CLIENT, "yard", minute, 1, 7),
                        new IngestUsage(CLIENT, "door", minute.plusSeconds(60), 1, 3)));
    }

    private static IngestUsage frame(String source, Instant at, long bytes) {
        return new IngestUsage(CLIENT, source, at, 1, bytes);
    }

    private static UsageRecord record(String requestId) {
        return new UsageRecord(
                new ApiKeyId(1), CLIENT, "/api/health", "GET", 200, Money.of("0.01", "EUR"), Instant.now(), requestId);
    }

    /** Logs appends and syncs in order; can hold a sync or the first append, and can fail syncs. */
    private static final class OrderedStore implements UsageStore {
        final List<String> log = new CopyOnWriteArrayList<>();
        final AtomicInteger appends = new AtomicInteger();
        final List<String> appendedIds = new CopyOnWriteArrayList<>();
        final CountDownLatch syncStarted = new CountDownLatch(1);
        final CountDownLatch firstAppendStarted = new CountDownLatch(1);
        volatile CountDownLatch holdSync;
        volatile CountDownLatch holdFirstAppend;
        volatile boolean failSync;

        final List<List<IngestUsage>> appendedIngest = new CopyOnWriteArrayList<>();

        @Override
        public void append(List<UsageRecord> records, List<IngestUsage> ingest) {
            log.add("append " + records.stream().map(UsageRecord::requestId).toList()
                    + (ingest.isEmpty() ? "" : " + " + ingest.size() + " ingest"));
            records.forEach(r -> appendedIds.add(r.requestId()));
            if (!ingest.isEmpty()) {
                appendedIngest.add(List.copyOf(ingest));
            }
            if (appends.incrementAndGet() == 1 && holdFirstAppend != null) {
                firstAppendStarted.countDown();
                await(holdFirstAppend);
            }
        }

        @Override
        public void makeDurable() {
            log.add("sync start");
            syncStarted.countDown();
            if (holdSync != null) {
                await(holdSync);
            }
            if (failSync) {
                log.add("sync failed");
                throw new VigintException(CoreErrorCode.STORAGE_UNAVAILABLE, "disk gone", java.util.Map.of(), null);
            }
            log.add("sync end");
        }

        private static void await(CountDownLatch latch) {
            try {
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("not released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<UsageEntry> latest(ClientId clientId, ApiKeyId apiKeyId, int limit) {
            return List.of();
        }

        @Override
        public List<UsageEntry> list(ClientId clientId, UsagePeriod period, UsageCursor.AfterRecord after, int limit) {
            return List.of();
        }

        @Override
        public List<UsageGroup> sumByDay(ClientId clientId, UsagePeriod period, LocalDate afterDay, int limit) {
            return List.of();
        }

        @Override
        public List<UsageGroup> sumByEndpoint(ClientId clientId, UsagePeriod period, String afterEndpoint, int limit) {
            return List.of();
        }

        @Override
        public List<IngestUsage> ingestByMinute(ClientId clientId, UsagePeriod period, int limit) {
            return List.of();
        }

        @Override
        public List<IngestTotal> ingestBySource(ClientId clientId, UsagePeriod period) {
            return List.of();
        }
    }
}
