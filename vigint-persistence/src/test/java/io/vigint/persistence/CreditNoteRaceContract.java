package io.vigint.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.billing.CreditNote;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceFollowUpStore;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.IssueCreditNoteCommand;
import io.vigint.core.money.Money;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Credit note numbers under the failures only a real database shows: many threads issuing credit notes
 * on several invoices at once, and a failure inside the transaction after the note and the counter were
 * written. Numbers stay 1..n, without a gap or a duplicate.
 */
interface CreditNoteRaceContract extends CreditNoteFixture {

    @Test
    default void creditNotesRacingOnSeveralInvoicesAreNumberedWithoutGapOrDuplicate() throws Exception {
        List<InvoiceNumber> invoices = invoicesOf1210(4);
        int threads = 10;
        int perThread = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < perThread; k++) {
                        InvoiceNumber invoice = invoices.get((thread + k) % invoices.size());
                        quietFollowUps(followUpStore())
                                .issueCreditNote(new IssueCreditNoteCommand(
                                        invoice, Optional.of(new BigDecimal("0.50")), "race " + thread + "/" + k));
                    }
                    return perThread;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(120, TimeUnit.SECONDS)).isEqualTo(perThread);
            }
        } finally {
            pool.shutdownNow();
        }

        assertCreditNotesGapFree(threads * perThread);
        for (InvoiceNumber invoice : invoices) {
            List<CreditNote> notes = followUpStore().listCreditNotes(Optional.empty(), Optional.of(invoice));
            assertThat(notes).hasSize(threads * perThread / invoices.size());
            assertThat(notes).allSatisfy(n -> {
                assertThat(n.subtotal()).isEqualTo(Money.of("0.50", "EUR"));
                assertThat(n.vat()).isEqualTo(Money.of("0.11", "EUR"));
            });
            assertThat(invoicing().verify(invoice).differences()).isEmpty();
        }
    }

    @Test
    default void aFailureAfterTheCounterUpdateRollsBackTheCreditNoteAndItsNumber() {
        InvoiceNumber invoice = invoicesOf1210(1).get(0);
        AtomicInteger inserts = new AtomicInteger();
        InvoiceFollowUpStore failsAfterSecondInsert = (InvoiceFollowUpStore) Proxy.newProxyInstance(
                InvoiceFollowUpStore.class.getClassLoader(),
                new Class<?>[] {InvoiceFollowUpStore.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(followUpStore(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("insertCreditNote") && inserts.incrementAndGet() == 2) {
                        throw new IllegalStateException("injected failure after the note and the counter update");
                    }
                    return result;
                });
        IssueCreditNoteCommand oneEuro = new IssueCreditNoteCommand(invoice, Optional.of(BigDecimal.ONE), "refund");
        quietFollowUps(failsAfterSecondInsert).issueCreditNote(oneEuro);

        assertThatThrownBy(() -> quietFollowUps(failsAfterSecondInsert).issueCreditNote(oneEuro))
                .hasMessageContaining("injected failure");
        assertCreditNotesGapFree(1);

        CreditNote next =
                quietFollowUps(followUpStore()).issueCreditNote(oneEuro).note();
        CreditNote full = quietFollowUps(followUpStore())
                .issueCreditNote(new IssueCreditNoteCommand(invoice, Optional.empty(), "the rest"))
                .note();

        assertThat(next.number().sequence()).isEqualTo(2);
        assertThat(full.number().sequence()).isEqualTo(3);
        assertCreditNotesGapFree(3);
        Invoice after = invoicing().invoice(invoice);
        assertThat(after.status()).isEqualTo(InvoiceStatus.CREDITED);
        assertThat(invoicing().verify(invoice).differences()).isEmpty();
    }
}
