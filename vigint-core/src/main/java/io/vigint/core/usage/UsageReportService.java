package io.vigint.core.usage;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.util.Checks;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * {@link UsageReportUseCase} over a {@link UsageStore}. Pages are read one item beyond the limit to tell
 * whether another page follows, so the last page has no cursor.
 */
public final class UsageReportService implements UsageReportUseCase {
    private final UsageStore store;

    public UsageReportService(UsageStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<UsageEntry> latest(ClientId clientId, ApiKeyId apiKeyId) {
        return store.latest(clientId, apiKeyId, LATEST_LIMIT);
    }

    @Override
    public UsagePage<UsageEntry> records(UsageQuery query) {
        UsageCursor.AfterRecord after = null;
        if (query.cursor() instanceof UsageCursor.AfterRecord record) {
            after = record;
        } else if (query.cursor() != null) {
            throw wrongCursor();
        }
        List<UsageEntry> found = store.list(query.clientId(), query.period(), after, query.limit() + 1);
        if (found.size() <= query.limit()) {
            return new UsagePage<>(found, null);
        }
        List<UsageEntry> page = found.subList(0, query.limit());
        UsageEntry last = page.get(page.size() - 1);
        return new UsagePage<>(page, new UsageCursor.AfterRecord(last.record().occurredAt(), last.id()));
    }

    @Override
    public UsagePage<UsageGroup> groups(UsageQuery query, GroupBy groupBy) {
        Objects.requireNonNull(groupBy, "groupBy");
        String after = null;
        if (query.cursor() instanceof UsageCursor.AfterGroup group) {
            after = group.group();
        } else if (query.cursor() != null) {
            throw wrongCursor();
        }
        int fetch = query.limit() + 1;
        List<UsageGroup> found =
                switch (groupBy) {
                    case DAY -> store.sumByDay(query.clientId(), query.period(), day(after), fetch);
                    case ENDPOINT -> store.sumByEndpoint(query.clientId(), query.period(), after, fetch);
                };
        if (found.size() <= query.limit()) {
            return new UsagePage<>(found, null);
        }
        List<UsageGroup> page = found.subList(0, query.limit());
        return new UsagePage<>(
                page, new UsageCursor.AfterGroup(page.get(page.size() - 1).group()));
    }

    @Override
    public List<IngestTotal> ingestBySource(ClientId clientId, UsagePeriod period) {
        Checks.nonNull("clientId period", clientId, period);
        return store.ingestBySource(clientId, period);
    }

    @Override
    public List<IngestUsage> ingestByMinute(ClientId clientId, UsagePeriod period, int limit) {
        Checks.nonNull("clientId period", clientId, period);
        if (limit < UsageQuery.MIN_LIMIT || limit > INGEST_MINUTES_LIMIT) {
            throw VigintException.invalid(
                    "limit",
                    "limit must be from " + UsageQuery.MIN_LIMIT + " to " + INGEST_MINUTES_LIMIT + ", got: " + limit);
        }
        return store.ingestByMinute(clientId, period, limit);
    }

    private static LocalDate day(String group) {
        if (group == null) {
            return null;
        }
        try {
            return LocalDate.parse(group);
        } catch (DateTimeParseException e) {
            throw wrongCursor();
        }
    }

    private static VigintException wrongCursor() {
        return VigintException.invalid("cursor", "cursor belongs to a different kind of listing");
    }
}
