package io.vigint.core.usage;

import io.vigint.core.client.ClientId;
import io.vigint.core.key.ApiKeyId;
import java.util.List;

/**
 * Reading a client's own usage: the latest calls, a period's records page by page, or their sums; and its frame
 * ingest, which is counted per source and minute rather than per call.
 */
public interface UsageReportUseCase {
    /** How many records {@link #latest} returns: the seed's {@code /api/usage} shows the last 100. */
    int LATEST_LIMIT = 100;

    /**
     * The latest {@value #LATEST_LIMIT} records made with {@code apiKeyId} (or, if {@code null}, with access
     * tokens) by {@code clientId}, newest first.
     */
    List<UsageEntry> latest(ClientId clientId, ApiKeyId apiKeyId);

    /** One page of the query's records, oldest first, and the cursor of the next page. */
    UsagePage<UsageEntry> records(UsageQuery query);

    /** One page of the query's records summed per day or endpoint, and the cursor of the next page. */
    UsagePage<UsageGroup> groups(UsageQuery query, GroupBy groupBy);

    /** The frames and bytes each source of {@code clientId} ingested in {@code period}, sources in order. */
    List<IngestTotal> ingestBySource(ClientId clientId, UsagePeriod period);

    /**
     * The ingest counts of {@code clientId} in {@code period}, one per source and minute, oldest first; at
     * most {@code limit} ({@value UsageQuery#MIN_LIMIT} to {@value #INGEST_MINUTES_LIMIT}).
     */
    List<IngestUsage> ingestByMinute(ClientId clientId, UsagePeriod period, int limit);

    /** The most per-minute ingest counts {@link #ingestByMinute} returns at once. */
    int INGEST_MINUTES_LIMIT = 100_000;
}
