package io.vigint.memory;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.money.Money;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.usage.IngestTotal;
import io.vigint.core.usage.IngestUsage;
import io.vigint.core.usage.UsageCursor;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsageGroup;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.core.usage.UsageRecord;
import io.vigint.core.usage.UsageSink;
import io.vigint.core.usage.UsageStore;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Usage records and ingest counts in memory, for embedding and tests. It is its own {@link UsageSink} (a record is "durable"
 * as soon as it is in the list); {@link io.vigint.core.usage.GroupCommitUsageSink} works over it too. A
 * batch with a record of a client the {@link ClientStore} does not know is refused whole, like the
 * database's foreign key does.
 */
public final class InMemoryUsageStore implements UsageStore, UsageSink, ClientDataOwner {
    private static final Comparator<UsageEntry> BY_TIME_THEN_ID =
            Comparator.comparing((UsageEntry e) -> e.record().occurredAt()).thenComparingLong(UsageEntry::id);

    private final ClientStore clients;
    /** Guarded by {@code this}. */
    private final List<UsageEntry> entries = new ArrayList<>();
    /** Guarded by {@code this}. */
    private long sequence;
    /** Ingest counts, one per client, minute and source, in that order. Guarded by {@code this}. */
    private final Map<IngestUsage, IngestUsage> ingestCounts = new TreeMap<>(IngestUsage.BY_KEY);

    /** A store that checks clients exist in {@code clients}. */
    public InMemoryUsageStore(ClientStore clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public void record(UsageRecord record) {
        append(List.of(record));
    }

    @Override
    public void recordIngest(IngestUsage usage) {
        append(List.of(), List.of(usage));
    }

    @Override
    public synchronized void append(List<UsageRecord> records, List<IngestUsage> ingest) {
        for (UsageRecord record : records) {
            requireClient(record.clientId());
        }
        Map<IngestUsage, IngestUsage> added = new TreeMap<>(IngestUsage.BY_KEY);
        for (IngestUsage count : ingest) {
            requireClient(count.clientId());
            if (added.put(count, count) != null) {
                throw new IllegalArgumentException("two ingest counts of one key in one batch: " + count);
            }
        }
        Map<IngestUsage, IngestUsage> sums = new TreeMap<>(IngestUsage.BY_KEY);
        for (IngestUsage count : ingest) {
            IngestUsage stored = ingestCounts.get(count);
            sums.put(count, stored == null ? count : stored.plus(count));
        }
        for (UsageRecord record : records) {
            entries.add(new UsageEntry(++sequence, record));
        }
        ingestCounts.putAll(sums);
    }

    private void requireClient(ClientId clientId) {
        if (clients.findById(clientId).isEmpty()) {
            throw new VigintException(
                    CoreErrorCode.STORAGE_UNAVAILABLE, "usage of unknown client " + clientId + " refused", Map.of());
        }
    }

    @Override
    public synchronized List<IngestUsage> ingestByMinute(ClientId clientId, UsagePeriod period, int limit) {
        return ingestCounts.values().stream()
                .filter(u -> u.clientId().equals(clientId) && period.contains(u.minute()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<IngestTotal> ingestBySource(ClientId clientId, UsagePeriod period) {
        Map<String, IngestTotal> totals = new TreeMap<>();
        for (IngestUsage u : ingestByMinute(clientId, period, Integer.MAX_VALUE)) {
            totals.merge(
                    u.sourceId(),
                    new IngestTotal(u.sourceId(), u.frames(), u.bytes()),
                    (a, b) -> new IngestTotal(a.sourceId(), a.frames() + b.frames(), a.bytes() + b.bytes()));
        }
        return List.copyOf(totals.values());
    }

    @Override
    public synchronized List<UsageEntry> latest(ClientId clientId, ApiKeyId apiKeyId, int limit) {
        return entries.stream()
                .filter(e -> e.record().clientId().equals(clientId))
                .filter(e -> Objects.equals(e.record().apiKeyId(), apiKeyId))
                .sorted(BY_TIME_THEN_ID.reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<UsageEntry> list(
            ClientId clientId, UsagePeriod period, UsageCursor.AfterRecord after, int limit) {
        return inPeriod(clientId, period)
                .filter(e -> after == null || isAfter(e, after))
                .sorted(BY_TIME_THEN_ID)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<UsageGroup> sumByDay(
            ClientId clientId, UsagePeriod period, LocalDate afterDay, int limit) {
        return sum(
                inPeriod(clientId, period),
                e -> e.record()
                        .occurredAt()
                        .atZone(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString(),
                afterDay == null ? null : afterDay.toString(),
                limit);
    }

    @Override
    public synchronized List<UsageGroup> sumByEndpoint(
            ClientId clientId, UsagePeriod period, String afterEndpoint, int limit) {
        return sum(inPeriod(clientId, period), e -> e.record().endpoint(), afterEndpoint, limit);
    }

    @Override
    public synchronized void deleteClientData(ClientId clientId) {
        entries.removeIf(e -> e.record().clientId().equals(clientId));
        ingestCounts.keySet().removeIf(u -> u.clientId().equals(clientId));
    }

    private Stream<UsageEntry> inPeriod(ClientId clientId, UsagePeriod period) {
        return entries.stream()
                .filter(e -> e.record().clientId().equals(clientId))
                .filter(e -> period.contains(e.record().occurredAt()));
    }

    private static boolean isAfter(UsageEntry e, UsageCursor.AfterRecord after) {
        int byTime = e.record().occurredAt().compareTo(after.occurredAt());
        return byTime > 0 || (byTime == 0 && e.id() > after.id());
    }

    private record GroupKey(String group, String currency) {}

    private static List<UsageGroup> sum(
            Stream<UsageEntry> records, Function<UsageEntry, String> groupOf, String after, int limit) {
        Map<GroupKey, UsageGroup> sums =
                new TreeMap<>(Comparator.comparing(GroupKey::group).thenComparing(GroupKey::currency));
        records.forEach(e -> {
            Money cost = e.record().cost();
            GroupKey key = new GroupKey(groupOf.apply(e), cost.currency().getCurrencyCode());
            sums.merge(
                    key,
                    new UsageGroup(key.group(), 1, cost),
                    (a, b) -> new UsageGroup(
                            a.group(), a.count() + b.count(), a.cost().plus(b.cost())));
        });
        return sums.values().stream()
                .filter(g -> after == null || g.group().compareTo(after) > 0)
                .limit(limit)
                .toList();
    }
}
