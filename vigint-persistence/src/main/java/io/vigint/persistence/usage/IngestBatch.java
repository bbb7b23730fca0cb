package io.vigint.persistence.usage;

import io.vigint.core.usage.IngestUsage;
import java.util.List;

/**
 * Ingest counts to add with one statement, as one array per column: an upsert over {@code unnest(...)} of 5
 * parameters whatever the number of rows ({@code INSERT ... ON CONFLICT} on PostgreSQL, {@code MERGE ... USING}
 * on H2), so its text never changes. Each key (client, minute, source) is in it once: one statement must not
 * update a row twice. Minutes are ISO-8601 text in UTC, cast by the statement.
 */
public record IngestBatch(Long[] clientIds, String[] minuteStarts, String[] sourceIds, Long[] frames, Long[] bytes) {
    /** The columns of {@code counts}, in their order. */
    public static IngestBatch of(List<IngestUsage> counts) {
        int n = counts.size();
        IngestBatch batch = new IngestBatch(new Long[n], new String[n], new String[n], new Long[n], new Long[n]);
        for (int i = 0; i < n; i++) {
            IngestUsage count = counts.get(i);
            batch.clientIds[i] = count.clientId().value();
            batch.minuteStarts[i] = count.minute().toString();
            batch.sourceIds[i] = count.sourceId();
            batch.frames[i] = count.frames();
            batch.bytes[i] = count.bytes();
        }
        return batch;
    }
}
