package io.vigint.persistence.usage;

import java.math.BigDecimal;
import java.util.List;

/**
 * Rows to insert with one statement, both as rows (for the multi-row {@code INSERT ... VALUES} on H2) and as
 * one array per column (for {@code INSERT ... SELECT * FROM unnest(...)} on PostgreSQL, which binds 9
 * parameters whatever the number of rows, so the statement is parsed once and reused). Instants are ISO-8601
 * text in UTC, cast to {@code timestamptz} by the statement.
 */
public record UsageBatch(
        List<UsageRow> rows,
        Long[] clientIds,
        Long[] apiKeyIds,
        String[] endpoints,
        String[] methods,
        Integer[] statusCodes,
        BigDecimal[] costs,
        String[] currencies,
        String[] occurredAts,
        String[] requestIds) {
    /** The batch of {@code rows}. */
    public static UsageBatch of(List<UsageRow> rows) {
        int n = rows.size();
        UsageBatch batch = new UsageBatch(
                List.copyOf(rows),
                new Long[n],
                new Long[n],
                new String[n],
                new String[n],
                new Integer[n],
                new BigDecimal[n],
                new String[n],
                new String[n],
                new String[n]);
        for (int i = 0; i < n; i++) {
            UsageRow row = rows.get(i);
            batch.clientIds[i] = row.clientId();
            batch.apiKeyIds[i] = row.apiKeyId();
            batch.endpoints[i] = row.endpoint();
            batch.methods[i] = row.method();
            batch.statusCodes[i] = row.statusCode();
            batch.costs[i] = row.cost();
            batch.currencies[i] = row.currency();
            batch.occurredAts[i] = row.occurredAt().toInstant().toString();
            batch.requestIds[i] = row.requestId();
        }
        return batch;
    }
}
