package io.vigint.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.CreditNote;
import io.vigint.core.billing.CreditNoteDocuments;
import io.vigint.core.billing.FollowUpSettings;
import io.vigint.core.billing.InvoiceFollowUpService;
import io.vigint.core.billing.InvoiceFollowUpStore;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.PaymentReminders;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.client.ClientId;
import io.vigint.core.contract.BillingFixture;
import io.vigint.core.contract.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Invoices to credit and the gap-free check, for the credit note race and crash tests. */
interface CreditNoteFixture extends BillingFixture {
    BillingPeriod OCTOBER = BillingPeriod.parse("2026-10");

    /** A follow-up that emails nothing, over {@code store}. */
    default InvoiceFollowUpService quietFollowUps(InvoiceFollowUpStore store) {
        CreditNoteDocuments nowhere = new CreditNoteDocuments() {
            @Override
            public byte[] render(CreditNote note, InvoiceFormat format) {
                return new byte[0];
            }

            @Override
            public void send(CreditNote note) {}
        };
        PaymentReminders none = (balance, dueAt, afterDays) -> {};
        return new InvoiceFollowUpService(
                invoiceStore(), store, transactions(), FollowUpSettings.DEFAULTS, nowhere, none, clock());
    }

    /** {@code count} clients invoiced 10.00 + VAT for October; their invoice numbers. */
    default List<InvoiceNumber> invoicesOf1210(int count) {
        for (int i = 1; i <= count; i++) {
            ClientId id =
                    clientStore().insert(Fixtures.newClient("Credit Race " + i)).id();
            recordUsage(id, "/api/alert", "10.00", Instant.parse("2026-10-10T10:00:00Z"));
        }
        return invoicing().runInvoices(new RunInvoicesCommand(Optional.of(OCTOBER), false)).get(0).invoices().stream()
                .map(i -> i.number().orElseThrow())
                .toList();
    }

    /** Every credit note numbered 1..{@code count} in 2026, once, and the counter at {@code count}. */
    default void assertCreditNotesGapFree(int count) {
        List<Integer> sequences = followUpStore().listCreditNotes(Optional.empty(), Optional.empty()).stream()
                .map(n -> n.number().sequence())
                .sorted()
                .toList();
        assertThat(sequences).isEqualTo(IntStream.rangeClosed(1, count).boxed().toList());
        assertThat(transactions().inTransaction(() -> followUpStore().lockCreditNoteSequence(2026)))
                .isEqualTo(count);
    }
}
