package io.vigint.persistence.usage;

import io.vigint.core.usage.UsageRecord;
import java.math.BigDecimal;
import java.util.List;

/**
 * Usage records to insert with one statement, as one array per column: {@code INSERT ... SELECT * FROM
 * unnest(...)} binds 9 parameters whatever the number of rows, so the statement text never changes, MyBatis
 * builds no SQL per batch and the database parses it once per connection (PostgreSQL and H2 alike). Instants
 * are ISO-8601 text in UTC, cast to {@code TIMESTAMP WITH TIME ZONE} by the statement.
 */
public record UsageBatch(
        Long[] clientIds,
        Long[] apiKeyIds,
        String[] endpoints,
        String[] methods,
        Integer[] statusCodes,
        BigDecimal[] costs,
        String[] currencies,
        String[] occurredAts,
        String[] requestIds) {
    /** The columns of {@code records}, in their order. */
    public static UsageBatch of(List<UsageRecord> records) {
        int n = records.size();
        UsageBatch batch = new UsageBatch(
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
            UsageRecord record = records.get(i);
            batch.clientIds[i] = record.clientId().value();
            batch.apiKeyIds[i] =
                    record.apiKeyId() == null ? null : record.apiKeyId().value();
            batch.endpoints[i] = record.endpoint();
            batch.methods[i] = record.method();
            batch.statusCodes[i] = record.statusCode();
            batch.costs[i] = record.cost().amount();
            batch.currencies[i] = record.cost().currency().getCurrencyCode();
            batch.occurredAts[i] = record.occurredAt().toString();
            batch.requestIds[i] = record.requestId();
        }
        return batch;
    }
}
