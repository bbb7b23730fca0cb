package io.vigint.core.usage;

import io.vigint.core.client.ClientId;
import io.vigint.core.key.ApiKeyId;
import java.time.LocalDate;
import java.util.List;

/**
 * The usage records of every client, and the frame-ingest counts per client, source and minute
 * ({@link IngestUsage}): appended in batches, read back per client. Every read is confined to one client;
 * nothing here reads across clients.
 */
public interface UsageStore {
    /**
     * Appends {@code records} in one transaction: when this returns, all are committed (and durable, unless
     * the store defers writing commits to disk: see {@link #makeDurable()}); when it throws, none was
     * written. Each record's client must exist.
     *
     * @throws io.vigint.core.error.VigintException {@code STORAGE_UNAVAILABLE} if the storage fails or
     *     refuses a record (for instance, of an unknown client)
     */
    default void append(List<UsageRecord> records) {
        append(records, List.of());
    }

    /**
     * Appends {@code records} and adds {@code ingest} to the stored counts, all in one transaction, with the
     * promises of {@link #append(List)}. Adding is upsert-add: the frames and bytes of a count are added to
     * the row of its client, source and minute, which is created at zero first if it does not exist; so
     * counts of one key made in different batches (or by different servers) add up exactly. {@code ingest}
     * must hold each key once (see {@link IngestUsage#merge}); each count's client must exist.
     *
     * @throws io.vigint.core.error.VigintException {@code STORAGE_UNAVAILABLE} as {@link #append(List)};
     *     nothing of either list is then written
     */
    void append(List<UsageRecord> records, List<IngestUsage> ingest);

    /**
     * Makes every batch whose {@link #append} has returned durable: written to the storage's files and
     * forced to the device (fsync), so that neither a killed process nor a lost machine loses it. One call
     * covers every batch appended before it, so a caller may share it among batches. A store whose commit
     * is durable on its own (PostgreSQL: {@code COMMIT} returns once the WAL is flushed) does nothing, which
     * is the default.
     *
     * @throws io.vigint.core.error.VigintException {@code STORAGE_UNAVAILABLE} if the data cannot be forced
     *     to disk (the appended records stay committed; whether they are durable is unknown)
     */
    default void makeDurable() {}

    /**
     * The latest {@code limit} records of a client, newest first (by time, then id): those made with
     * {@code apiKeyId}, or, when it is {@code null}, those made with an access token (no key).
     */
    List<UsageEntry> latest(ClientId clientId, ApiKeyId apiKeyId, int limit);

    /**
     * Up to {@code limit} records of a client in {@code period}, oldest first (by time, then id), starting
     * after {@code after} ({@code null}: from the start).
     */
    List<UsageEntry> list(ClientId clientId, UsagePeriod period, UsageCursor.AfterRecord after, int limit);

    /**
     * A client's records in {@code period} summed per UTC day (and currency), days in order, only days
     * after {@code afterDay} ({@code null}: all), at most {@code limit} groups.
     */
    List<UsageGroup> sumByDay(ClientId clientId, UsagePeriod period, LocalDate afterDay, int limit);

    /**
     * A client's records in {@code period} summed per endpoint (and currency), endpoints in order
     * ({@link String#compareTo}), only endpoints after {@code afterEndpoint} ({@code null}: all), at most
     * {@code limit} groups.
     */
    List<UsageGroup> sumByEndpoint(ClientId clientId, UsagePeriod period, String afterEndpoint, int limit);

    /**
     * A client's ingest counts whose minute is in {@code period}, one per source and minute, oldest minute
     * first (then by source id), at most {@code limit}.
     */
    List<IngestUsage> ingestByMinute(ClientId clientId, UsagePeriod period, int limit);

    /** A client's ingest in {@code period} summed per source, sources in order ({@link String#compareTo}). */
    List<IngestTotal> ingestBySource(ClientId clientId, UsagePeriod period);
}
