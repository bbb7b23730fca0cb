package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.money.Money;
import io.vigint.core.usage.GroupBy;
import io.vigint.core.usage.GroupCommitUsageSink;
import io.vigint.core.usage.UsageCursor;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsageGroup;
import io.vigint.core.usage.UsagePage;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.core.usage.UsageQuery;
import io.vigint.core.usage.UsageRecord;
import io.vigint.core.usage.UsageReportService;
import io.vigint.core.usage.UsageStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UsageStore} promises, and that the {@link GroupCommitUsageSink} over it makes every
 * record durable before its caller goes on.
 */
public interface UsageStoreContract extends StorageFixture {
    UsageStore usageStore();

    ApiKeyId KEY_A = new ApiKeyId(1);
    ApiKeyId KEY_B = new ApiKeyId(2);
    UsagePeriod NOVEMBER = UsagePeriod.ofDays(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-01"));
    ClientId UNKNOWN_CLIENT = new ClientId(987_654_321L);

    private ClientId client(String name) {
        return clientStore().insert(newClient(name)).id();
    }

    static UsageRecord usage(ClientId client, ApiKeyId key, String endpoint, String cost, Instant at, String id) {
        return new UsageRecord(key, client, endpoint, "POST", 200, Money.of(cost, "EUR"), at, id);
    }

    @Test
    default void latestRecordsOfAKeyComeNewestFirstAndTokenCallsApart() {
        ClientId acme = client("Acme");
        List<UsageRecord> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(usage(acme, KEY_A, "/api/video/analyze", "0.05", T0.plusSeconds(i), "a" + i));
        }
        batch.add(usage(acme, KEY_B, "/api/video/analyze", "0.05", T0.plusSeconds(10), "b"));
        batch.add(usage(acme, null, "/api/health", "0", T0.plusSeconds(11), "token"));
        usageStore().append(batch);

        List<UsageEntry> latest = usageStore().latest(acme, KEY_A, 3);

        assertThat(latest).extracting(e -> e.record().requestId()).containsExactly("a4", "a3", "a2");
        UsageRecord newest = latest.get(0).record();
        assertThat(newest).isEqualTo(batch.get(4));
        assertThat(newest.cost()).isEqualTo(Money.of("0.05", "EUR"));
        assertThat(newest.occurredAt()).isEqualTo(Fixtures.micros(T0.plusSeconds(4)));
        assertThat(usageStore().latest(acme, null, 10))
                .extracting(e -> e.record().requestId())
                .containsExactly("token");
    }

    @Test
    default void costsAreExactToSixDecimals() {
        ClientId acme = client("Acme");
        usageStore()
                .append(List.of(
                        usage(acme, KEY_A, "/api/video/analyze", "0.123456", T0, "1"),
                        usage(acme, KEY_A, "/api/video/analyze", "1000000.000001", T0, "2")));

        List<UsageGroup> sums = usageStore().sumByEndpoint(acme, NOVEMBER, null, 10);

        assertThat(sums).hasSize(1);
        assertThat(sums.get(0).cost().amount()).isEqualByComparingTo(new BigDecimal("1000000.123457"));
        assertThat(sums.get(0).cost().currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    default void aPeriodIsHalfOpenAndPagesNeitherRepeatNorSkip() {
        ClientId acme = client("Acme");
        Instant from = NOVEMBER.from();
        List<UsageRecord> records = new ArrayList<>();
        records.add(usage(acme, KEY_A, "/api/x", "0", from.minusNanos(1_000), "before"));
        records.add(usage(acme, KEY_A, "/api/x", "0", NOVEMBER.to(), "at-end"));
        for (int i = 0; i < 7; i++) {
            // Three records share each instant: the id orders them.
            records.add(usage(acme, KEY_A, "/api/x", "0.01", from.plusSeconds(i / 3), "in-" + i));
        }
        usageStore().append(records);
        UsageReportService report = new UsageReportService(usageStore());

        List<String> seen = new ArrayList<>();
        UsageCursor cursor = null;
        int pages = 0;
        do {
            UsagePage<UsageEntry> page = report.records(new UsageQuery(acme, NOVEMBER, cursor, 3));
            page.items().forEach(e -> seen.add(e.record().requestId()));
            cursor = page.next() == null ? null : UsageCursor.parse(page.next().token());
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(seen).containsExactly("in-0", "in-1", "in-2", "in-3", "in-4", "in-5", "in-6");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    default void sumsPerUtcDayAndPerEndpointPageByGroup() {
        ClientId acme = client("Acme");
        Instant nov2 = Instant.parse("2026-11-02T23:59:59.999999Z");
        Instant nov3 = Instant.parse("2026-11-03T00:00:00Z");
        Instant nov5 = Instant.parse("2026-11-05T12:00:00Z");
        usageStore()
                .append(List.of(
                        usage(acme, KEY_A, "/api/video/analyze", "0.05", nov2, "1"),
                        usage(acme, KEY_A, "/api/video/analyze", "0.05", nov2, "2"),
                        usage(acme, KEY_B, "/api/alert", "0.10", nov3, "3"),
                        usage(acme, null, "/api/health", "0", nov5, "4")));
        UsageReportService report = new UsageReportService(usageStore());

        UsagePage<UsageGroup> days = report.groups(new UsageQuery(acme, NOVEMBER, null, 2), GroupBy.DAY);
        assertThat(days.items())
                .containsExactly(
                        new UsageGroup("2026-11-02", 2, Money.of("0.10", "EUR")),
                        new UsageGroup("2026-11-03", 1, Money.of("0.10", "EUR")));
        UsagePage<UsageGroup> moreDays = report.groups(
                new UsageQuery(acme, NOVEMBER, UsageCursor.parse(days.next().token()), 2), GroupBy.DAY);
        assertThat(moreDays.items()).containsExactly(new UsageGroup("2026-11-05", 1, Money.of("0", "EUR")));
        assertThat(moreDays.next()).isNull();

        UsagePage<UsageGroup> endpoints = report.groups(new UsageQuery(acme, NOVEMBER, null, 10), GroupBy.ENDPOINT);
        assertThat(endpoints.items())
                .containsExactly(
                        new UsageGroup("/api/alert", 1, Money.of("0.10", "EUR")),
                        new UsageGroup("/api/health", 1, Money.of("0", "EUR")),
                        new UsageGroup("/api/video/analyze", 2, Money.of("0.10", "EUR")));
        assertThat(usageStore().sumByEndpoint(acme, NOVEMBER, "/api/health", 10))
                .extracting(UsageGroup::group)
                .containsExactly("/api/video/analyze");
    }

    @Test
    default void everyReadIsConfinedToOneClient() {
        ClientId acme = client("Acme");
        ClientId beta = client("Beta");
        Instant at = NOVEMBER.from().plusSeconds(60);
        usageStore()
                .append(List.of(
                        usage(acme, KEY_A, "/api/video/analyze", "0.05", at, "acme"),
                        usage(beta, KEY_A, "/api/video/analyze", "0.05", at, "beta")));

        assertThat(usageStore().latest(beta, KEY_A, 100))
                .extracting(e -> e.record().requestId())
                .containsExactly("beta");
        assertThat(usageStore().list(beta, NOVEMBER, null, 100))
                .extracting(e -> e.record().requestId())
                .containsExactly("beta");
        assertThat(usageStore().sumByDay(beta, NOVEMBER, null, 100))
                .extracting(UsageGroup::count)
                .containsExactly(1L);
        assertThat(usageStore().sumByEndpoint(beta, NOVEMBER, null, 100))
                .extracting(UsageGroup::count)
                .containsExactly(1L);
    }

    @Test
    default void aBatchWithARecordOfAnUnknownClientWritesNothing() {
        ClientId acme = client("Acme");
        List<UsageRecord> batch = List.of(
                usage(acme, KEY_A, "/api/x", "0.05", T0, "ok"),
                usage(UNKNOWN_CLIENT, KEY_A, "/api/x", "0.05", T0, "unknown"));

        assertThatThrownBy(() -> usageStore().append(batch))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STORAGE_UNAVAILABLE));
        assertThat(usageStore().latest(acme, KEY_A, 10)).isEmpty();
    }

    @Test
    default void theGroupCommitSinkReturnsOnlyOnceEachRecordIsStored() throws Exception {
        ClientId acme = client("Acme");
        int threads = 16;
        int perThread = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (GroupCommitUsageSink sink = new GroupCommitUsageSink(
                usageStore(),
                GroupCommitUsageSink.Settings.DEFAULTS.withBatchSize(64).withWriters(4))) {
            List<Callable<List<String>>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(() -> {
                    List<String> missing = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String id = "t" + thread + "-" + i;
                        sink.record(usage(acme, new ApiKeyId(100 + thread), "/api/x", "0.05", T0, id));
                        // Durable on return: the store already has it.
                        if (usageStore().latest(acme, new ApiKeyId(100 + thread), 1).stream()
                                .noneMatch(e -> e.record().requestId().equals(id))) {
                            missing.add(id);
                        }
                    }
                    return missing;
                });
            }
            for (Future<List<String>> f : pool.invokeAll(writers)) {
                assertThat(f.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> stored = new HashSet<>();
        usageStore()
                .list(acme, NOVEMBER, null, 10_000)
                .forEach(e -> stored.add(e.record().requestId()));
        assertThat(stored).hasSize(threads * perThread);
    }

    @Test
    default void theGroupCommitSinkFailsOnlyTheCallerWhoseRecordIsRefused() throws Exception {
        ClientId acme = client("Acme");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (GroupCommitUsageSink sink = new GroupCommitUsageSink(
                usageStore(), GroupCommitUsageSink.Settings.DEFAULTS.withMaxWait(Duration.ofMillis(50)))) {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ClientId who = i == 3 ? UNKNOWN_CLIENT : acme;
                String id = "r" + i;
                calls.add(() -> {
                    try {
                        sink.record(usage(who, KEY_A, "/api/x", "0.05", T0, id));
                        return "ok";
                    } catch (VigintException e) {
                        return e.code().name();
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes.get(3)).isEqualTo("STORAGE_UNAVAILABLE");
            assertThat(outcomes).filteredOn("ok"::equals).hasSize(7);
        } finally {
            pool.shutdownNow();
        }
        assertThat(usageStore().latest(acme, KEY_A, 100)).hasSize(7);
    }

    @Test
    default void aClosedSinkHasWrittenEverythingAndRefusesMore() {
        ClientId acme = client("Acme");
        GroupCommitUsageSink sink = new GroupCommitUsageSink(usageStore());
        sink.record(usage(acme, KEY_A, "/api/x", "0.05", T0, "before-close"));

        sink.close();

        assertThat(usageStore().latest(acme, KEY_A, 10)).hasSize(1);
        assertThatThrownBy(() -> sink.record(usage(acme, KEY_A, "/api/x", "0.05", T0, "after-close")))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STORAGE_UNAVAILABLE));
    }
}
