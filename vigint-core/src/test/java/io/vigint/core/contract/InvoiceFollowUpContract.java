package io.vigint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.CreditNote;
import io.vigint.core.billing.CreditNoteArithmetic;
import io.vigint.core.billing.CreditNoteDocuments;
import io.vigint.core.billing.CreditNoteIssued;
import io.vigint.core.billing.CreditNoteNumber;
import io.vigint.core.billing.FollowUpReport;
import io.vigint.core.billing.FollowUpSettings;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceBalance;
import io.vigint.core.billing.InvoiceDueDates;
import io.vigint.core.billing.InvoiceFollowUpService;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.IssueCreditNoteCommand;
import io.vigint.core.billing.PaymentReminders;
import io.vigint.core.billing.RecordPaymentCommand;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What every {@link io.vigint.core.billing.InvoiceFollowUpStore} promises, exercised through {@link
 * InvoiceFollowUpService}: payments in part, credit notes numbered without gaps that never credit more
 * than the invoice, a fully credited invoice freeing its period, verify covering credit notes, overdue
 * marking and reminders recorded once.
 */
public interface InvoiceFollowUpContract extends BillingFixture {
    BillingPeriod OCTOBER = BillingPeriod.parse("2026-10");
    Instant IN_OCTOBER = Instant.parse("2026-10-14T12:00:00Z");

    /** What the follow-up emailed, for these tests. */
    final class Outbox implements CreditNoteDocuments, PaymentReminders {
        public final List<CreditNoteNumber> creditNotes = new CopyOnWriteArrayList<>();
        public final List<String> reminders = new CopyOnWriteArrayList<>();
        public final AtomicBoolean failing = new AtomicBoolean();

        @Override
        public byte[] render(CreditNote note, InvoiceFormat format) {
            return note.number().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public void send(CreditNote note) {
            if (failing.get()) {
                throw new VigintException(CoreErrorCode.MAIL_FAILED, "mail server down");
            }
            creditNotes.add(note.number());
        }

        @Override
        public void remind(InvoiceBalance balance, Instant dueAt, int afterDays) {
            if (failing.get()) {
                throw new VigintException(CoreErrorCode.MAIL_FAILED, "mail server down");
            }
            reminders.add(balance.invoice().number().orElseThrow() + "+" + afterDays + " due " + balance.due());
        }
    }

    private InvoiceFollowUpService followUps(Outbox outbox) {
        return followUps(outbox, FollowUpSettings.DEFAULTS);
    }

    private InvoiceFollowUpService followUps(Outbox outbox, FollowUpSettings settings) {
        return new InvoiceFollowUpService(
                invoiceStore(), followUpStore(), transactions(), settings, outbox, outbox, clock());
    }

    /** One invoice of 10.00 + 21% = 12.10 EUR for a new client; returns its number. */
    private InvoiceNumber invoiceOf1210(String name) {
        ClientId id = clientStore().insert(Fixtures.newClient(name)).id();
        recordUsage(id, "/api/alert", "10.00", IN_OCTOBER);
        return invoicing().runInvoices(new RunInvoicesCommand(Optional.of(OCTOBER), false)).get(0).invoices().stream()
                .filter(i -> i.clientId().equals(id))
                .findFirst()
                .orElseThrow()
                .number()
                .orElseThrow();
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static RecordPaymentCommand pay(InvoiceNumber number, String amount) {
        return new RecordPaymentCommand(number, new BigDecimal(amount), Optional.empty(), Optional.of("bank ref 42"));
    }

    private static IssueCreditNoteCommand credit(InvoiceNumber number, String netAmount) {
        return new IssueCreditNoteCommand(
                number, Optional.ofNullable(netAmount).map(BigDecimal::new), "price corrected");
    }

    private static void assertCode(Throwable thrown, ErrorCode code) {
        assertThat(thrown).isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    @Test
    default void paymentsInPartMakeAnInvoicePartiallyPaidThenPaid() {
        Outbox outbox = new Outbox();
        InvoiceNumber number = invoiceOf1210("Pays In Part");

        InvoiceBalance first = followUps(outbox).recordPayment(pay(number, "5.00"));

        assertThat(first.invoice().status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(first.paid()).isEqualTo(eur("5.00"));
        assertThat(first.due()).isEqualTo(eur("7.10"));
        clock().advance(Duration.ofDays(1));
        InvoiceBalance second = followUps(outbox).recordPayment(pay(number, "7.10"));

        assertThat(second.invoice().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(second.due()).isEqualTo(eur("0.00"));
        InvoiceBalance stored = followUps(outbox).balance(number);
        assertThat(stored.invoice().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(stored.invoice().paidAt()).contains(Fixtures.micros(clock().instant()));
        assertThat(stored.payments()).extracting(p -> p.amount()).containsExactly(eur("5.00"), eur("7.10"));
        assertThat(stored.payments().get(0).reference()).contains("bank ref 42");
        assertThat(invoicing().verify(number).differences()).isEmpty();
    }

    @Test
    default void anOverpaymentIsRefusedAndChangesNothing() {
        Outbox outbox = new Outbox();
        InvoiceNumber number = invoiceOf1210("Overpays");
        followUps(outbox).recordPayment(pay(number, "10.00"));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> followUps(outbox).recordPayment(pay(number, "2.11")));

        assertCode(thrown, CoreErrorCode.PAYMENT_EXCEEDS_BALANCE);
        assertThat(thrown).hasMessageContaining("2.11 EUR").hasMessageContaining("2.10 EUR due");
        assertCode(
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> followUps(outbox).recordPayment(pay(number, "0.001"))),
                CoreErrorCode.VALIDATION_FAILED);
        InvoiceBalance after = followUps(outbox).balance(number);
        assertThat(after.payments()).hasSize(1);
        assertThat(after.invoice().status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    }

    @Test
    default void markPaidRecordsWhatIsLeftAndAPaidInvoiceTakesNoMorePayments() {
        Outbox outbox = new Outbox();
        InvoiceNumber number = invoiceOf1210("Mark Paid");
        followUps(outbox).recordPayment(pay(number, "2.10"));

        Invoice paid = invoicing().markPaid(number);

        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(followUpStore().payments(number))
                .extracting(p -> p.amount())
                .containsExactly(eur("2.10"), eur("10.00"));
        assertCode(
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> followUps(outbox).recordPayment(pay(number, "0.01"))),
                CoreErrorCode.INVOICE_STATE_CONFLICT);
    }

    @Test
    default void creditNotesAreNumberedWithoutGapsApartFromInvoicesAndPointToTheirInvoice() {
        Outbox outbox = new Outbox();
        InvoiceNumber number = invoiceOf1210("Credited");

        CreditNoteIssued partial = followUps(outbox).issueCreditNote(credit(number, "4.00"));

        CreditNote note = partial.note();
        assertThat(note.number()).isEqualTo(new CreditNoteNumber(2026, 1));
        assertThat(note.number().toString()).isEqualTo("VIGINT-CN-2026-0001");
        assertThat(note.invoice()).isEqualTo(number);
        assertThat(note.reason()).isEqualTo("price corrected");
        assertThat(note.subtotal()).isEqualTo(eur("4.00"));
        assertThat(note.vat()).isEqualTo(eur("0.84"));
        assertThat(note.total()).isEqualTo(eur("4.84"));
        assertThat(note.vatRate()).isEqualByComparingTo("0.21");
        assertThat(partial.invoice().invoice().status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(partial.invoice().due()).isEqualTo(eur("7.26"));
        assertThat(partial.notSent()).isEmpty();
        assertThat(outbox.creditNotes).containsExactly(note.number());
        assertThat(followUps(outbox).creditNote(note.number())).isEqualTo(note);

        CreditNote rest =
                followUps(outbox).issueCreditNote(credit(number, null)).note();

        assertThat(rest.number()).isEqualTo(new CreditNoteNumber(2026, 2));
        assertThat(rest.subtotal()).isEqualTo(eur("6.00"));
        assertThat(rest.vat()).isEqualTo(eur("1.26"));
        assertThat(followUps(outbox).listCreditNotes(Optional.empty(), Optional.of(number)))
                .extracting(CreditNote::number)
                .containsExactly(rest.number(), note.number());
        assertThat(invoicing().verify(number).differences()).isEmpty();
    }

    @Test
    default void aFullyCreditedInvoiceIsCreditedAndItsPeriodCanBeInvoicedAgain() {
        Outbox outbox = new Outbox();
        InvoiceNumber number = invoiceOf1210("Re-invoiced");
        ClientId client = invoicing().invoice(number).clientId();

        CreditNoteIssued full = followUps(outbox).issueCreditNote(credit(number, null));

        assertThat(full.note().total()).isEqualTo(eur("12.10"));
        assertThat(full.invoice().invoice().status()).isEqualTo(InvoiceStatus.CREDITED);
        assertThat(invoicing().invoice(number).status()).isEqualTo(InvoiceStatus.CREDITED);
        List<Invoice> again = invoicing()
                .runInvoices(new RunInvoicesCommand(Optional.of(OCTOBER), false))
                .get(0)
                .invoices();
        assertThat(again).singleElement().satisfies(i -> {
            assertThat(i.clientId()).isEqualTo(client);
            assertThat(i.number()).contains(number.next());
        });
        assertCode(
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> followUps(outbox).issueCreditNote(credit(number, "0.01"))),
                CoreErrorCode.INVOICE_STATE_CONFLICT);
        assertCode(
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> followUps(outbox).recordPayment(pay(number, "0.01"))),
                CoreErrorCode.INVOICE_STATE_CONFLICT);
    }

    @Test
    default void aCreditBeyondWhatIsLeftIsRefusedAndTakesNoNumber() {
        Outbox outbox = new Outbox();
        InvoiceNumber number = invoiceOf1210("Over-credited");
        followUps(outbox).issueCreditNote(credit(number, "9.00"));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> followUps(outbox).issueCreditNote(credit(number, "1.01")));

        assertCode(thrown, CoreErrorCode.CREDIT_EXCEEDS_INVOICE);
        assertThat(thrown).hasMessageContaining("1.00 EUR net left");
        CreditNote last =
                followUps(outbox).issueCreditNote(credit(number, "1.00")).note();
        assertThat(last.number().sequence()).isEqualTo(2);
        InvoiceBalance balance = followUps(outbox).balance(number);
        assertThat(balance.credited()).isEqualTo(eur("12.10"));
        assertThat(balance.invoice().status()).isEqualTo(InvoiceStatus.CREDITED);
    }

    @Test
    default void aPaidInvoiceCanBeCreditedAndStaysPaidUntilCreditedInFull() {
        Outbox outbox = new Outbox();
        InvoiceNumber number = invoiceOf1210("Paid Then Credited");
        invoicing().markPaid(number);

        InvoiceBalance partly =
                followUps(outbox).issueCreditNote(credit(number, "1.00")).invoice();

        assertThat(partly.invoice().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(partly.due()).isEqualTo(eur("0.00"));
        assertThat(followUps(outbox)
                        .issueCreditNote(credit(number, null))
                        .invoice()
                        .invoice()
                        .status())
                .isEqualTo(InvoiceStatus.CREDITED);
        assertThat(invoicing().verify(number).differences()).isEmpty();
    }

    @Test
    default void verifyReportsACreditNoteInconsistentWithItsInvoice() {
        Outbox outbox = new Outbox();
        InvoiceNumber number = invoiceOf1210("Tampered");
        Invoice invoice = invoicing().invoice(number);
        CreditNote wrongVat = new CreditNote(
                new CreditNoteNumber(2026, 1),
                number,
                invoice.clientId(),
                "typed by hand",
                invoice.vatRate(),
                eur("4.00"),
                eur("0.80"),
                eur("4.80"),
                Fixtures.micros(clock().instant()));
        CreditNote tooMuch = new CreditNote(
                new CreditNoteNumber(2026, 2),
                number,
                invoice.clientId(),
                "typed by hand",
                invoice.vatRate(),
                eur("7.00"),
                eur("1.47"),
                eur("8.47"),
                Fixtures.micros(clock().instant()));
        transactions().run(() -> {
            followUpStore().lockCreditNoteSequence(2026);
            followUpStore().insertCreditNote(wrongVat);
            followUpStore().insertCreditNote(tooMuch);
        });

        assertThat(invoicing().verify(number).differences())
                .anySatisfy(d -> assertThat(d)
                        .isEqualTo("credit note VIGINT-CN-2026-0001: VAT 0.80 EUR, the invoice's rate gives 0.84 EUR"))
                .anySatisfy(d -> assertThat(d)
                        .isEqualTo("credit note VIGINT-CN-2026-0002: credits 7.00 EUR net, but only 6.00 EUR was"
                                + " left to credit"))
                .anySatisfy(d -> assertThat(d).startsWith("credit notes: 13.27 EUR credited, more than"))
                .anySatisfy(d -> assertThat(d).startsWith("status: invoice is issued"));
        assertThat(CreditNoteArithmetic.netLeft(invoice, List.of(wrongVat))).isEqualTo(eur("6.00"));
    }

    @Test
    default void aCreditNoteWhoseEmailFailsStandsAndSaysSo() {
        Outbox outbox = new Outbox();
        InvoiceNumber number = invoiceOf1210("Mail Down");
        outbox.failing.set(true);

        CreditNoteIssued issued = followUps(outbox).issueCreditNote(credit(number, "1.00"));

        assertThat(issued.notSent()).contains("mail server down");
        assertThat(followUps(outbox).creditNote(issued.note().number())).isEqualTo(issued.note());
    }

    @Test
    default void aClientSeesOnlyItsOwnCreditNotes() {
        Outbox outbox = new Outbox();
        InvoiceNumber mine = invoiceOf1210("Mine CN");
        InvoiceNumber theirs = invoiceOf1210("Theirs CN");
        CreditNote myNote =
                followUps(outbox).issueCreditNote(credit(mine, "1.00")).note();
        CreditNote theirNote =
                followUps(outbox).issueCreditNote(credit(theirs, "1.00")).note();
        ClientId me = invoicing().invoice(mine).clientId();

        assertThat(followUps(outbox).clientCreditNote(me, myNote.number())).isEqualTo(myNote);
        assertCode(
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> followUps(outbox).clientCreditNote(me, theirNote.number())),
                CoreErrorCode.CREDIT_NOTE_NOT_FOUND);
        assertThat(followUps(outbox).listCreditNotes(Optional.of(me), Optional.empty()))
                .containsExactly(myNote);
    }

    @Test
    default void overdueInvoicesAreMarkedAndEachReminderIsSentOnce() {
        Outbox outbox = new Outbox();
        FollowUpSettings settings = new FollowUpSettings(new InvoiceDueDates(30), true, List.of(7, 14, 30));
        InvoiceNumber unpaid = invoiceOf1210("Late Payer");
        InvoiceNumber partly = invoiceOf1210("Part Payer");
        InvoiceNumber paid = invoiceOf1210("Good Payer");
        followUps(outbox, settings).recordPayment(pay(partly, "2.10"));
        invoicing().markPaid(paid);
        Invoice issued = invoicing().invoice(unpaid);
        Instant due = followUps(outbox, settings).dueAt(issued);
        java.time.LocalDate issueDay = java.time.LocalDate.ofInstant(issued.issuedAt(), java.time.ZoneOffset.UTC);
        assertThat(issued.terms().dueDate()).isEqualTo(issueDay.plusDays(30));
        assertThat(due)
                .isEqualTo(issueDay.plusDays(30)
                        .atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant());

        clock().advance(Duration.between(clock().instant(), due.plus(Duration.ofDays(1)))
                .minusSeconds(1));
        assertThat(followUps(outbox, settings).followUp().markedOverdue())
                .as("paid on time all the due day")
                .isEmpty();
        clock().advance(Duration.ofSeconds(2));
        FollowUpReport dueNow = followUps(outbox, settings).followUp();

        assertThat(dueNow.markedOverdue()).containsExactlyInAnyOrder(unpaid, partly);
        assertThat(dueNow.reminded()).isEmpty();
        assertThat(invoicing().invoice(unpaid).status()).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(invoicing().invoice(paid).status()).isEqualTo(InvoiceStatus.PAID);

        clock().advance(Duration.ofDays(7));
        FollowUpReport week = followUps(outbox, settings).followUp();
        FollowUpReport again = followUps(outbox, settings).followUp();

        assertThat(week.reminded())
                .containsExactlyInAnyOrder(
                        new FollowUpReport.Reminder(unpaid, 7), new FollowUpReport.Reminder(partly, 7));
        assertThat(again.reminded()).isEmpty();
        assertThat(outbox.reminders)
                .containsExactlyInAnyOrder(unpaid + "+7 due 12.10 EUR", partly + "+7 due 10.00 EUR");
        assertThat(followUpStore().remindersSent(unpaid)).containsExactly(7);

        followUps(outbox, settings).recordPayment(pay(partly, "10.00"));
        clock().advance(Duration.ofDays(30));
        FollowUpReport late = followUps(outbox, settings).followUp();

        assertThat(late.reminded()).containsExactly(new FollowUpReport.Reminder(unpaid, 30));
        assertThat(outbox.reminders).hasSize(3);
        assertThat(invoicing().invoice(partly).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoicing().verify(unpaid).differences()).isEmpty();
    }

    @Test
    default void aReminderThatCouldNotBeSentIsTriedAgainOnTheNextPass() {
        Outbox outbox = new Outbox();
        FollowUpSettings settings = new FollowUpSettings(InvoiceDueDates.DEFAULT, true, List.of(1));
        InvoiceNumber number = invoiceOf1210("Unreachable");
        clock().advance(Duration.between(
                        clock().instant(),
                        followUps(outbox, settings).dueAt(invoicing().invoice(number)))
                .plusDays(1)
                .plusHours(1));
        outbox.failing.set(true);

        FollowUpReport failed = followUps(outbox, settings).followUp();

        assertThat(failed.markedOverdue()).containsExactly(number);
        assertThat(failed.notSent()).containsKey(number);
        assertThat(followUpStore().remindersSent(number)).isEmpty();
        outbox.failing.set(false);
        assertThat(followUps(outbox, settings).followUp().reminded())
                .containsExactly(new FollowUpReport.Reminder(number, 1));
        assertThat(followUps(outbox, new FollowUpSettings(InvoiceDueDates.DEFAULT, false, List.of(1)))
                        .followUp()
                        .reminded())
                .isEmpty();
    }
}
