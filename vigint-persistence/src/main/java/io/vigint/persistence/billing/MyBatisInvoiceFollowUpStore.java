package io.vigint.persistence.billing;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.billing.CreditNote;
import io.vigint.core.billing.CreditNoteNumber;
import io.vigint.core.billing.InvoiceFollowUpStore;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.Payment;
import io.vigint.core.client.ClientId;
import io.vigint.core.money.Money;
import io.vigint.persistence.SqlFailures;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * {@link InvoiceFollowUpStore} over {@code invoice_payments}, {@code credit_notes}, {@code
 * credit_note_counters} and {@code invoice_reminders}, through a {@link FollowUpMapper} on the shared
 * sessions, so every call joins the thread's transaction. Row locks are {@code SELECT … FOR UPDATE}
 * (the invoice's row, the year's counter row); a credit note and its counter's new value are two
 * statements of the caller's transaction.
 */
public record MyBatisInvoiceFollowUpStore(FollowUpMapper mapper) implements InvoiceFollowUpStore {
    @Override
    public Optional<InvoiceStatus> lockInvoice(InvoiceNumber number) {
        return call(() -> Optional.ofNullable(mapper.lockInvoice(number.year(), number.sequence()))
                .map(InvoiceStatus::parse));
    }

    @Override
    public void insertPayment(Payment payment) {
        call(() -> mapper.insertPayment(new PaymentRow(
                0,
                payment.invoice().year(),
                payment.invoice().sequence(),
                payment.amount().amount(),
                stored(payment.paidAt()),
                payment.reference().orElse(null),
                null)));
    }

    @Override
    public List<Payment> payments(InvoiceNumber invoice) {
        return call(() -> mapper.payments(invoice.year(), invoice.sequence())).stream()
                .map(MyBatisInvoiceFollowUpStore::payment)
                .toList();
    }

    private static Payment payment(PaymentRow row) {
        return new Payment(
                new InvoiceNumber(row.invoiceYear(), row.invoiceSequence()),
                new Money(row.amount(), Currency.getInstance(row.currency().strip())).rounded(),
                row.paidAt().toInstant(),
                Optional.ofNullable(row.reference()));
    }

    @Override
    public int lockCreditNoteSequence(int year) {
        return call(() -> {
            try {
                mapper.createCounter(year);
            } catch (RuntimeException e) {
                if (!SqlFailures.isUniqueViolation(e)) {
                    throw e;
                }
            }
            Integer last = mapper.lockCounter(year);
            if (last == null) {
                throw new IllegalStateException("the credit note counter of " + year + " vanished");
            }
            return last;
        });
    }

    @Override
    public void insertCreditNote(CreditNote note) {
        call(() -> {
            mapper.insertCreditNote(new CreditNoteRow(
                    note.number().year(),
                    note.number().sequence(),
                    note.invoice().year(),
                    note.invoice().sequence(),
                    note.clientId().value(),
                    note.reason(),
                    note.currency().getCurrencyCode(),
                    note.vatRate(),
                    note.subtotal().amount(),
                    note.vat().amount(),
                    note.total().amount(),
                    stored(note.issuedAt())));
            if (mapper.updateCounter(note.number().year(), note.number().sequence()) != 1) {
                throw new IllegalStateException(
                        "no credit note counter for " + note.number().year() + "; lock it first");
            }
            return null;
        });
    }

    @Override
    public Optional<CreditNote> findCreditNote(CreditNoteNumber number) {
        return select(new CreditNoteFilter(number.year(), number.sequence(), null, null, null)).stream()
                .findFirst();
    }

    @Override
    public List<CreditNote> listCreditNotes(Optional<ClientId> clientId, Optional<InvoiceNumber> invoice) {
        return select(new CreditNoteFilter(
                null,
                null,
                clientId.map(ClientId::value).orElse(null),
                invoice.map(InvoiceNumber::year).orElse(null),
                invoice.map(InvoiceNumber::sequence).orElse(null)));
    }

    private List<CreditNote> select(CreditNoteFilter filter) {
        return call(() -> mapper.selectCreditNotes(filter)).stream()
                .map(MyBatisInvoiceFollowUpStore::creditNote)
                .toList();
    }

    private static CreditNote creditNote(CreditNoteRow r) {
        Currency currency = Currency.getInstance(r.currency().strip());
        return new CreditNote(
                new CreditNoteNumber(r.noteYear(), r.noteSequence()),
                new InvoiceNumber(r.invoiceYear(), r.invoiceSequence()),
                new ClientId(r.clientId()),
                r.reason(),
                r.vatRate().stripTrailingZeros(),
                new Money(r.subtotal(), currency).rounded(),
                new Money(r.vat(), currency).rounded(),
                new Money(r.total(), currency).rounded(),
                r.issuedAt().toInstant());
    }

    @Override
    public List<Integer> remindersSent(InvoiceNumber invoice) {
        return call(() -> mapper.remindersSent(invoice.year(), invoice.sequence()));
    }

    @Override
    public boolean recordReminder(InvoiceNumber invoice, int afterDays, Instant at) {
        return call(() -> mapper.insertReminder(invoice.year(), invoice.sequence(), afterDays, stored(at))) == 1;
    }
}
