package io.vigint.memory;

import io.vigint.core.accounting.AccountingExportQueue;
import io.vigint.core.accounting.ClaimedExport;
import io.vigint.core.accounting.ExportEntry;
import io.vigint.core.accounting.ExportState;
import io.vigint.core.util.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link AccountingExportQueue} in memory (thread-safe; every call is atomic), for embedding and tests.
 * Not durable: what it holds is gone with the process.
 */
public final class InMemoryAccountingExportQueue implements AccountingExportQueue {
    private static final class Entry {
        final String number;
        final Instant createdAt;
        ExportState state = ExportState.PENDING;
        int attempts;
        Instant nextAttemptAt;
        Instant leaseUntil;
        String lastError;
        String externalId;
        Instant updatedAt;

        Entry(String number, Instant now) {
            this.number = number;
            this.createdAt = now;
            this.nextAttemptAt = now;
            this.updatedAt = now;
        }

        boolean due(Instant now) {
            return state == ExportState.PENDING
                    && !nextAttemptAt.isAfter(now)
                    && (leaseUntil == null || !leaseUntil.isAfter(now));
        }

        boolean claimedBy(int attempt) {
            return state == ExportState.PENDING && attempts == attempt;
        }

        ExportEntry view() {
            return new ExportEntry(
                    number,
                    state,
                    attempts,
                    nextAttemptAt,
                    Optional.ofNullable(lastError),
                    Optional.ofNullable(externalId),
                    createdAt,
                    updatedAt);
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();

    @Override
    public synchronized ExportEntry enqueue(String number, Instant now) {
        Checks.nonNull("number now", number, now);
        Entry entry = entries.computeIfAbsent(number, n -> new Entry(n, now));
        if (entry.state == ExportState.FAILED) {
            entry.state = ExportState.PENDING;
            entry.attempts = 0;
            entry.nextAttemptAt = now;
            entry.leaseUntil = null;
            entry.updatedAt = now;
        }
        return entry.view();
    }

    @Override
    public synchronized List<ClaimedExport> claim(Instant now, Instant leaseUntil, int limit) {
        List<Entry> due = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.due(now)) {
                due.add(entry);
            }
        }
        due.sort(Comparator.comparing((Entry e) -> e.nextAttemptAt).thenComparing(e -> e.number));
        List<ClaimedExport> claimed = new ArrayList<>();
        for (Entry entry : due.subList(0, Math.min(Math.max(limit, 0), due.size()))) {
            entry.attempts++;
            entry.leaseUntil = leaseUntil;
            claimed.add(new ClaimedExport(entry.number, entry.attempts));
        }
        return claimed;
    }

    @Override
    public synchronized boolean done(String number, int attempt, String externalId, Instant now) {
        Entry entry = entries.get(number);
        if (entry == null || !entry.claimedBy(attempt)) {
            return false;
        }
        entry.state = ExportState.DONE;
        entry.externalId = externalId;
        entry.leaseUntil = null;
        entry.lastError = null;
        entry.updatedAt = now;
        return true;
    }

    @Override
    public synchronized boolean retryLater(
            String number, int attempt, Instant nextAttemptAt, String error, Instant now) {
        Entry entry = entries.get(number);
        if (entry == null || !entry.claimedBy(attempt)) {
            return false;
        }
        entry.nextAttemptAt = nextAttemptAt;
        entry.leaseUntil = null;
        entry.lastError = error;
        entry.updatedAt = now;
        return true;
    }

    @Override
    public synchronized boolean failed(String number, int attempt, String error, Instant now) {
        Entry entry = entries.get(number);
        if (entry == null || !entry.claimedBy(attempt)) {
            return false;
        }
        entry.state = ExportState.FAILED;
        entry.leaseUntil = null;
        entry.lastError = error;
        entry.updatedAt = now;
        return true;
    }

    @Override
    public synchronized Optional<ExportEntry> find(String number) {
        return Optional.ofNullable(entries.get(number)).map(Entry::view);
    }

    @Override
    public synchronized List<ExportEntry> list(int limit) {
        return entries.values().stream()
                .sorted(Comparator.comparing((Entry e) -> e.updatedAt)
                        .reversed()
                        .thenComparing(e -> e.number))
                .limit(Math.max(limit, 0))
                .map(Entry::view)
                .toList();
    }
}
