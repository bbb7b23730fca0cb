package io.vigint.persistence.usage;

import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.money.Money;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.usage.IngestTotal;
import io.vigint.core.usage.IngestUsage;
import io.vigint.core.usage.UsageCursor;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsageGroup;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.core.usage.UsageRecord;
import io.vigint.core.usage.UsageStore;
import io.vigint.persistence.SqlFailures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link UsageStore} over {@code usage_records} and {@code ingest_usage} through MyBatis. A batch is appended in one transaction
 * with statements of up to {@value #ROWS_PER_STATEMENT} rows each, an {@code INSERT ... SELECT FROM unnest(...)}
 * of one array per column on both databases: its text is the same for every batch, so MyBatis builds no SQL
 * and the database parses it once per connection, and a record costs one array slot per column (no row object,
 * no bound parameter of its own). Ingest counts are added in the same transaction, by an upsert over
 * {@code unnest} that adds a batch's frames and bytes to the row of each client, minute and source
 * ({@code ON CONFLICT DO UPDATE} on PostgreSQL, {@code MERGE ... USING} on H2). Any failure to append (a lost connection, a
 * record of a deleted client refused by the foreign key) is {@code STORAGE_UNAVAILABLE}, and nothing of the
 * batch is written. Reads use the index on (client, time, id).
 *
 * <p>Durability: a PostgreSQL {@code COMMIT} returns once the WAL is flushed, so {@link #makeDurable()} does
 * nothing there. H2 (MVStore) keeps committed transactions in memory and writes them to its file up to
 * {@code WRITE_DELAY} (500 ms by default) later, without fsync; so on H2 {@link #makeDurable()} runs
 * {@code CHECKPOINT SYNC}, which writes everything committed and forces the file to the device.
 */
public final class MyBatisUsageStore implements UsageStore {
    /** Rows per {@code INSERT} statement. */
    static final int ROWS_PER_STATEMENT = 1_000;
    /** Runs of an ingest upsert that lost a race for a new row on H2 (see {@link #addIngest}). */
    private static final int MAX_INGEST_ATTEMPTS = 5;

    private final UsageMapper mapper;
    private final TransactionRunner transactions;
    private final boolean deferredWrites;

    /**
     * The store over {@code mapper}; {@code deferredWrites} is true on H2, whose committed transactions
     * reach the file later (get one from {@code Database.stores()}).
     */
    public MyBatisUsageStore(UsageMapper mapper, TransactionRunner transactions, boolean deferredWrites) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.deferredWrites = deferredWrites;
    }

    @Override
    public void append(List<UsageRecord> records, List<IngestUsage> ingest) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(ingest, "ingest");
        if (records.isEmpty() && ingest.isEmpty()) {
            return;
        }
        try {
            transactions.inTransaction(() -> {
                for (int start = 0; start < records.size(); start += ROWS_PER_STATEMENT) {
                    mapper.insertBatch(UsageBatch.of(
                            records.subList(start, Math.min(records.size(), start + ROWS_PER_STATEMENT))));
                }
                for (int start = 0; start < ingest.size(); start += ROWS_PER_STATEMENT) {
                    addIngest(
                            IngestBatch.of(ingest.subList(start, Math.min(ingest.size(), start + ROWS_PER_STATEMENT))));
                }
                return null;
            });
        } catch (RuntimeException e) {
            throw new VigintException(
                    CoreErrorCode.STORAGE_UNAVAILABLE,
                    "cannot write " + records.size() + " usage record(s) and " + ingest.size() + " ingest count(s): "
                            + oneLine(e),
                    Map.of(),
                    e);
        }
    }

    /**
     * Adds the counts. On H2, {@code MERGE} is not atomic against a concurrent insert of the same new row: when
     * two writers' batches create the row of one client, minute and source at once, the second fails with a
     * unique violation once the first commits. H2 rolls back only the failed statement, so it is run again in
     * the same transaction, and now adds to the committed row. PostgreSQL's {@code ON CONFLICT} needs no retry.
     */
    private void addIngest(IngestBatch batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                mapper.addIngest(batch);
                return;
            } catch (RuntimeException e) {
                if (!deferredWrites || attempt >= MAX_INGEST_ATTEMPTS || !SqlFailures.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    /** On H2, {@code CHECKPOINT SYNC}: everything committed is written to the file and fsynced. */
    @Override
    public void makeDurable() {
        if (!deferredWrites) {
            return;
        }
        try {
            mapper.writeAndSync();
        } catch (RuntimeException e) {
            throw new VigintException(
                    CoreErrorCode.STORAGE_UNAVAILABLE,
                    "cannot force the usage records to disk (CHECKPOINT SYNC needs an H2 admin user): " + oneLine(e),
                    Map.of(),
                    e);
        }
    }

    @Override
    public List<UsageEntry> latest(ClientId clientId, ApiKeyId apiKeyId, int limit) {
        Long key = apiKeyId == null ? null : apiKeyId.value();
        return read(() -> mapper.latest(clientId.value(), key, limit)).stream()
                .map(MyBatisUsageStore::toEntry)
                .toList();
    }

    @Override
    public List<UsageEntry> list(ClientId clientId, UsagePeriod period, UsageCursor.AfterRecord after, int limit) {
        OffsetDateTime afterTime = after == null ? null : stored(after.occurredAt());
        Long afterId = after == null ? null : after.id();
        return read(() -> mapper.list(
                        clientId.value(), stored(period.from()), stored(period.to()), afterTime, afterId, limit))
                .stream()
                .map(MyBatisUsageStore::toEntry)
                .toList();
    }

    @Override
    public List<UsageGroup> sumByDay(ClientId clientId, UsagePeriod period, LocalDate afterDay, int limit) {
        Instant from = period.from();
        if (afterDay != null) {
            Instant nextDay = afterDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (!nextDay.isBefore(period.to())) {
                return List.of();
            }
            if (nextDay.isAfter(from)) {
                from = nextDay;
            }
        }
        Instant start = from;
        return read(() -> mapper.sumByDay(clientId.value(), stored(start), stored(period.to()), limit)).stream()
                .map(MyBatisUsageStore::toGroup)
                .toList();
    }

    @Override
    public List<UsageGroup> sumByEndpoint(ClientId clientId, UsagePeriod period, String afterEndpoint, int limit) {
        return read(() -> mapper.sumByEndpoint(
                        clientId.value(), stored(period.from()), stored(period.to()), afterEndpoint, limit))
                .stream()
                .map(MyBatisUsageStore::toGroup)
                .toList();
    }

    @Override
    public List<IngestUsage> ingestByMinute(ClientId clientId, UsagePeriod period, int limit) {
        return read(() -> mapper.ingestByMinute(clientId.value(), stored(period.from()), stored(period.to()), limit))
                .stream()
                .map(row -> new IngestUsage(
                        new ClientId(row.clientId()),
                        row.sourceId(),
                        row.minuteStart().toInstant(),
                        row.frames(),
                        row.bytes()))
                .toList();
    }

    @Override
    public List<IngestTotal> ingestBySource(ClientId clientId, UsagePeriod period) {
        return read(() -> mapper.ingestBySource(clientId.value(), stored(period.from()), stored(period.to()))).stream()
                .map(row -> new IngestTotal(row.sourceId(), row.frames(), row.bytes()))
                .toList();
    }

    private static <T> T read(Supplier<T> query) {
        try {
            return query.get();
        } catch (VigintException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new VigintException(
                    CoreErrorCode.STORAGE_UNAVAILABLE, "cannot read usage records: " + oneLine(e), Map.of(), e);
        }
    }

    private static UsageEntry toEntry(UsageRow row) {
        return new UsageEntry(
                row.id(),
                new UsageRecord(
                        row.apiKeyId() == null ? null : new ApiKeyId(row.apiKeyId()),
                        new ClientId(row.clientId()),
                        row.endpoint(),
                        row.method(),
                        row.statusCode(),
                        new Money(
                                row.cost(), Currency.getInstance(row.currency().strip())),
                        row.occurredAt().toInstant(),
                        row.requestId()));
    }

    private static UsageGroup toGroup(UsageGroupRow row) {
        return new UsageGroup(
                row.groupKey(),
                row.count(),
                new Money(row.cost(), Currency.getInstance(row.currency().strip())));
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.strip().replaceAll("\\s+", " ");
    }
}
