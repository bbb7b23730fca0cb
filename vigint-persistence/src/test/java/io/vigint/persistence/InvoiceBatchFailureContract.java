package io.vigint.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.BillingSettings;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.InvoicingService;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.client.ClientId;
import io.vigint.core.contract.BillingFixture;
import io.vigint.core.contract.Fixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Failures only a real database can show: a batch that fails inside a slice's transaction after its
 * invoices and the counter were written (all rolled back), and two batches racing on the same period
 * (as cron and the scheduler may): no duplicate, no gap.
 */
interface InvoiceBatchFailureContract extends BillingFixture {
    BillingPeriod OCTOBER = BillingPeriod.parse("2026-10");
    BillingSettings THREE_PER_TRANSACTION =
            new BillingSettings(new BigDecimal("0.21"), Currency.getInstance("EUR"), BillingFrequency.MONTHLY, 3);

    private List<ClientId> clientsWithUsage(int count) {
        List<ClientId> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ClientId id =
                    clientStore().insert(Fixtures.newClient("Failure " + i)).id();
            recordUsage(id, "/api/video/analyze", "0.05", Instant.parse("2026-10-03T10:00:00Z"));
            recordUsage(id, "/api/alert", "0.02" + i, Instant.parse("2026-10-20T10:00:00Z"));
            ids.add(id);
        }
        return ids;
    }

    private static RunInvoicesCommand october() {
        return new RunInvoicesCommand(Optional.of(OCTOBER), false);
    }

    private void assertCompleteAndGapFree(int clients) {
        List<Invoice> all = invoicing().listInvoices(Optional.empty(), Optional.empty());
        assertThat(all).extracting(Invoice::clientId).doesNotHaveDuplicates().hasSize(clients);
        List<Integer> sequences = all.stream()
                .map(i -> i.number().orElseThrow().sequence())
                .sorted()
                .toList();
        assertThat(sequences)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, clients)
                        .boxed()
                        .toList());
        for (Invoice invoice : all) {
            assertThat(invoicing().verify(invoice.number().orElseThrow()).differences())
                    .isEmpty();
        }
        assertThat(transactions().inTransaction(() -> invoiceStore().lockInvoiceSequence(2026)))
                .isEqualTo(clients);
    }

    @Test
    default void aFailureAfterTheInsertsRollsBackTheWholeSliceAndTheRerunLeavesNoGap() {
        clientsWithUsage(8);
        AtomicInteger inserts = new AtomicInteger();
        InvoiceStore failsAfterSecondInsert = (InvoiceStore) Proxy.newProxyInstance(
                InvoiceStore.class.getClassLoader(), new Class<?>[] {InvoiceStore.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(invoiceStore(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("insertInvoices") && inserts.incrementAndGet() == 2) {
                        throw new IllegalStateException("injected failure after the second slice's inserts");
                    }
                    return result;
                });

        assertThatThrownBy(() -> new InvoicingService(
                                failsAfterSecondInsert, followUpStore(), transactions(), THREE_PER_TRANSACTION, clock())
                        .runInvoices(october()))
                .hasMessageContaining("injected failure");
        assertThat(invoicing().listInvoices(Optional.empty(), Optional.empty())).hasSize(3);
        assertThat(transactions().inTransaction(() -> invoiceStore().lockInvoiceSequence(2026)))
                .isEqualTo(3);

        assertThat(invoicing(THREE_PER_TRANSACTION)
                        .runInvoices(october())
                        .get(0)
                        .invoices())
                .hasSize(5);
        assertCompleteAndGapFree(8);
    }

    @Test
    default void twoBatchesRacingOnOnePeriodInvoiceEachClientOnceWithoutGaps() throws Exception {
        clientsWithUsage(12);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Callable<Integer> run = () -> {
                start.await();
                return invoicing(THREE_PER_TRANSACTION)
                        .runInvoices(october())
                        .get(0)
                        .invoices()
                        .size();
            };
            Future<Integer> first = pool.submit(run);
            Future<Integer> second = pool.submit(run);
            start.countDown();
            int created = 0;
            for (Future<Integer> f : List.of(first, second)) {
                try {
                    created += f.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    // A slice may lose a race on the uniqueness constraint; it rolled back, and the rerun below
                    // completes.
                    assertThat(e.getCause()).hasMessageContaining("already has an invoice");
                }
            }
            int rest = invoicing(THREE_PER_TRANSACTION)
                    .runInvoices(october())
                    .get(0)
                    .invoices()
                    .size();
            assertThat(created + rest).isEqualTo(12);
        } finally {
            pool.shutdownNow();
        }
        assertCompleteAndGapFree(12);
    }
}
