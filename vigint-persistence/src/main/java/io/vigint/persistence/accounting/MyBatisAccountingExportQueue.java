package io.vigint.persistence.accounting;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.instant;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.accounting.AccountingExportQueue;
import io.vigint.core.accounting.ClaimedExport;
import io.vigint.core.accounting.ExportEntry;
import io.vigint.core.accounting.ExportState;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.util.Checks;
import io.vigint.persistence.SqlFailures;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link AccountingExportQueue} over the {@code accounting_exports} table (one row per invoice number, its
 * primary key). A claim runs in one transaction: it reads the due rows (on PostgreSQL {@code FOR UPDATE SKIP
 * LOCKED}, so servers claiming at once take different rows instead of waiting) and leases each with an
 * UPDATE conditional on the attempts it read, which alone keeps two claimers apart on H2. Works unchanged on
 * both databases but for those two statements.
 */
public record MyBatisAccountingExportQueue(AccountingExportMapper mapper, TransactionRunner transactions)
        implements AccountingExportQueue {
    /** Longest error text kept (the column's width). */
    private static final int MAX_ERROR = 1000;

    public MyBatisAccountingExportQueue {
        Checks.nonNull("mapper transactions", mapper, transactions);
    }

    @Override
    public ExportEntry enqueue(String number, Instant now) {
        Checks.nonNull("number now", number, now);
        OffsetDateTime at = stored(now);
        return call(() -> transactions.inTransaction(() -> {
            try {
                if (mapper.insertIfAbsent(number, at) == 0) {
                    mapper.restartFailed(number, at);
                }
            } catch (RuntimeException e) {
                if (!SqlFailures.isUniqueViolation(e)) {
                    throw e;
                }
            }
            return entry(mapper.find(number));
        }));
    }

    @Override
    public List<ClaimedExport> claim(Instant now, Instant leaseUntil, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        OffsetDateTime at = stored(now);
        OffsetDateTime until = stored(leaseUntil);
        return call(() -> transactions.inTransaction(() -> {
            List<ClaimedExport> claimed = new ArrayList<>();
            for (DueExport due : mapper.due(at, limit)) {
                if (mapper.claim(due.invoiceNumber(), due.attempts(), at, until) == 1) {
                    claimed.add(new ClaimedExport(due.invoiceNumber(), due.attempts() + 1));
                }
            }
            return claimed;
        }));
    }

    @Override
    public boolean done(String number, int attempt, String externalId, Instant now) {
        return call(() -> mapper.done(number, attempt, externalId, stored(now)) == 1);
    }

    @Override
    public boolean retryLater(String number, int attempt, Instant nextAttemptAt, String error, Instant now) {
        return call(() -> mapper.retryLater(number, attempt, stored(nextAttemptAt), clip(error), stored(now)) == 1);
    }

    @Override
    public boolean failed(String number, int attempt, String error, Instant now) {
        return call(() -> mapper.fail(number, attempt, clip(error), stored(now)) == 1);
    }

    @Override
    public Optional<ExportEntry> find(String number) {
        return call(() -> Optional.ofNullable(mapper.find(number)).map(MyBatisAccountingExportQueue::entry));
    }

    @Override
    public List<ExportEntry> list(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return call(() -> mapper.list(limit).stream()
                .map(MyBatisAccountingExportQueue::entry)
                .toList());
    }

    private static ExportEntry entry(AccountingExportRow row) {
        return new ExportEntry(
                row.invoiceNumber(),
                ExportState.of(row.status()),
                row.attempts(),
                instant(row.nextAttemptAt()),
                Optional.ofNullable(row.lastError()),
                Optional.ofNullable(row.externalId()),
                instant(row.createdAt()),
                instant(row.updatedAt()));
    }

    private static String clip(String error) {
        if (error == null || error.length() <= MAX_ERROR) {
            return error;
        }
        return error.substring(0, MAX_ERROR);
    }
}
