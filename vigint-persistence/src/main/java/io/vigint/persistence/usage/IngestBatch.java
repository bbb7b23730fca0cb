package io.vigint.persistence.usage;

import java.util.List;

/**
 * Ingest counts to add with one statement, as rows (H2's {@code MERGE ... USING (VALUES ...)}) and as one
 * array per column (PostgreSQL's {@code INSERT ... SELECT FROM unnest(...) ON CONFLICT}, 5 parameters whatever
 * the number of rows). Each key (client, minute, source) is in it once: one statement must not update a row
 * twice. Minutes are ISO-8601 text in UTC, cast by the statement.
 */
public record IngestBatch(
        List<IngestRow> rows,
        Long[] clientIds,
        String[] minuteStarts,
        String[] sourceIds,
        Long[] frames,
        Long[] bytes) {
    /** The batch of {@code rows}. */
    public static IngestBatch of(List<IngestRow> rows) {
        int n = rows.size();
        IngestBatch batch =
                new IngestBatch(List.copyOf(rows), new Long[n], new String[n], new String[n], new Long[n], new Long[n]);
        for (int i = 0; i < n; i++) {
            IngestRow row = rows.get(i);
            batch.clientIds[i] = row.clientId();
            batch.minuteStarts[i] = row.minuteStart().toInstant().toString();
            batch.sourceIds[i] = row.sourceId();
            batch.frames[i] = row.frames();
            batch.bytes[i] = row.bytes();
        }
        return batch;
    }
}
