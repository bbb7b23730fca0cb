package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.accounting.AccountingExportQueue;
import io.vigint.core.accounting.ClaimedExport;
import io.vigint.core.accounting.ExportEntry;
import io.vigint.core.accounting.ExportState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountingExportQueue} promises: one entry per invoice number however often it is
 * enqueued; a claim leases an entry (not claimed again while the lease runs, due again when it ends with a
 * higher attempt that fences the old claim's report); a retry waits for its time; done and failed entries
 * are never claimed; enqueueing a failed entry starts it again; and concurrent claimers never share one.
 * The queue must be empty when each test starts.
 */
public interface AccountingExportQueueContract {
    AccountingExportQueue exportQueue();

    Duration LEASE = Duration.ofMinutes(5);
    String A = "VIGINT-2026-0001";
    String B = "VIGINT-2026-0002";
    String CN = "VIGINT-CN-2026-0001";

    private List<ClaimedExport> claim(Instant now, int limit) {
        return exportQueue().claim(now, now.plus(LEASE), limit);
    }

    @Test
    default void anInvoiceIsQueuedOnceHoweverOftenItIsEnqueued() {
        ExportEntry first = exportQueue().enqueue(A, T0);
        ExportEntry again = exportQueue().enqueue(A, T0.plusSeconds(10));

        assertThat(first.state()).isEqualTo(ExportState.PENDING);
        assertThat(first.attempts()).isZero();
        assertThat(first.nextAttemptAt()).isEqualTo(T0);
        assertThat(first.createdAt()).isEqualTo(T0);
        assertThat(again).isEqualTo(first);
        assertThat(exportQueue().list(10)).extracting(ExportEntry::number).containsExactly(A);
        assertThat(claim(T0.plusSeconds(10), 10)).containsExactly(new ClaimedExport(A, 1));
    }

    @Test
    default void aClaimIsLeasedAndDueAgainWhenTheLeaseEnds() {
        exportQueue().enqueue(A, T0);
        assertThat(claim(T0, 10)).containsExactly(new ClaimedExport(A, 1));
        assertThat(claim(T0.plusSeconds(1), 10)).isEmpty();

        Instant afterLease = T0.plus(LEASE).plusSeconds(1);
        assertThat(claim(afterLease, 10)).containsExactly(new ClaimedExport(A, 2));
        assertThat(exportQueue().done(A, 1, "late", afterLease)).isFalse();
        assertThat(exportQueue().done(A, 2, "qonto-id", afterLease)).isTrue();

        ExportEntry done = exportQueue().find(A).orElseThrow();
        assertThat(done.state()).isEqualTo(ExportState.DONE);
        assertThat(done.externalId()).contains("qonto-id");
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.updatedAt()).isEqualTo(afterLease);
        assertThat(claim(afterLease.plus(LEASE).plusSeconds(1), 10)).isEmpty();
    }

    @Test
    default void aRetryWaitsForItsTimeAndKeepsTheError() {
        exportQueue().enqueue(A, T0);
        claim(T0, 10);
        Instant next = T0.plusSeconds(60);
        assertThat(exportQueue().retryLater(A, 1, next, "HTTP 503", T0)).isTrue();

        ExportEntry waiting = exportQueue().find(A).orElseThrow();
        assertThat(waiting.state()).isEqualTo(ExportState.PENDING);
        assertThat(waiting.lastError()).contains("HTTP 503");
        assertThat(waiting.nextAttemptAt()).isEqualTo(next);
        assertThat(claim(next.minusSeconds(1), 10)).isEmpty();
        assertThat(claim(next, 10)).containsExactly(new ClaimedExport(A, 2));
        assertThat(exportQueue().retryLater(A, 1, next, "stale", next)).isFalse();
    }

    @Test
    default void aFailedExportIsKeptNeverClaimedAndStartsAgainWhenEnqueued() {
        exportQueue().enqueue(A, T0);
        claim(T0, 10);
        assertThat(exportQueue().failed(A, 1, "HTTP 422: currency missing", T0)).isTrue();
        assertThat(claim(T0.plus(Duration.ofDays(1)), 10)).isEmpty();

        ExportEntry failed = exportQueue().find(A).orElseThrow();
        assertThat(failed.state()).isEqualTo(ExportState.FAILED);
        assertThat(failed.lastError()).contains("HTTP 422: currency missing");

        Instant later = T0.plusSeconds(3600);
        ExportEntry again = exportQueue().enqueue(A, later);
        assertThat(again.state()).isEqualTo(ExportState.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(claim(later, 10)).containsExactly(new ClaimedExport(A, 1));
    }

    @Test
    default void aDoneExportIsNotStartedAgain() {
        exportQueue().enqueue(A, T0);
        claim(T0, 10);
        exportQueue().done(A, 1, "qonto-id", T0);

        ExportEntry again = exportQueue().enqueue(A, T0.plusSeconds(5));
        assertThat(again.state()).isEqualTo(ExportState.DONE);
        assertThat(again.externalId()).contains("qonto-id");
        assertThat(claim(T0.plusSeconds(5), 10)).isEmpty();
    }

    @Test
    default void claimsTakeTheEarliestDueFirstUpToTheLimit() {
        exportQueue().enqueue(B, T0);
        exportQueue().enqueue(CN, T0.plusSeconds(1));
        exportQueue().enqueue(A, T0.plusSeconds(2));

        assertThat(claim(T0.plusSeconds(5), 2)).containsExactly(new ClaimedExport(B, 1), new ClaimedExport(CN, 1));
        assertThat(claim(T0.plusSeconds(5), 2)).containsExactly(new ClaimedExport(A, 1));
        assertThat(exportQueue().find("VIGINT-2026-0404")).isEmpty();
        assertThat(exportQueue().list(2)).hasSize(2);
    }

    @Test
    default void concurrentClaimersNeverShareAnExport() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String number = String.format("VIGINT-2026-%04d", 100 + i);
            numbers.add(number);
            exportQueue().enqueue(number, T0);
        }
        int workers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        List<ClaimedExport> all = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 10; round++) {
                        all.addAll(claim(T0.plusSeconds(1), 3));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(all).extracting(ClaimedExport::number).doesNotHaveDuplicates();
        assertThat(all).extracting(ClaimedExport::number).containsExactlyInAnyOrderElementsOf(numbers);
        assertThat(all).extracting(ClaimedExport::attempt).containsOnly(1);
    }
}
