package io.vigint.core.accounting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable queue of invoices to copy into the accounting ledger: at most one entry per invoice number,
 * whatever the retries, restarts and servers. A worker {@link #claim}s due entries under a lease (an
 * entry whose worker died is due again when its lease ends) and reports with {@link #done}, {@link
 * #retryLater} or {@link #failed}, naming the attempt it claimed; a report for an attempt that is no
 * longer current changes nothing. Implementations are thread-safe and may be shared by several servers.
 */
public interface AccountingExportQueue {
    /**
     * Puts {@code number} in the queue, due at once. An entry already pending or done is left as it is; a
     * failed one is made pending again with its attempts reset (after the cause was fixed).
     *
     * @return the entry as it now stands
     */
    ExportEntry enqueue(String number, Instant now);

    /**
     * Claims up to {@code limit} pending entries due at {@code now} (next attempt come, no running lease),
     * earliest due first, leasing each until {@code leaseUntil} and counting one more attempt. Two
     * callers never get the same entry for the same attempt.
     */
    List<ClaimedExport> claim(Instant now, Instant leaseUntil, int limit);

    /** Marks the entry done with the ledger's id; false if {@code attempt} is not its current claim. */
    boolean done(String number, int attempt, String externalId, Instant now);

    /** Releases the claim, due again at {@code nextAttemptAt}; false if {@code attempt} is not current. */
    boolean retryLater(String number, int attempt, Instant nextAttemptAt, String error, Instant now);

    /** Marks the entry failed for good with {@code error}; false if {@code attempt} is not current. */
    boolean failed(String number, int attempt, String error, Instant now);

    /** One entry, if {@code number} was ever enqueued. */
    Optional<ExportEntry> find(String number);

    /** Every entry, the most recently changed first, at most {@code limit}. */
    List<ExportEntry> list(int limit);
}
