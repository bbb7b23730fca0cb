package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.money.Money;
import io.vigint.core.port.TransactionRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Implements {@link InvoiceFollowUpUseCase}. A payment or credit note is one transaction that locks the
 * invoice's row, checks the amount against what is left, writes it and moves the invoice to the status
 * its payments and credit notes give it. A credit note also locks its year's counter (after the invoice,
 * always in that order) and takes the next number in the same transaction, so numbers are gap-free. It
 * is emailed after the commit: a failed email never undoes it.
 */
public final class InvoiceFollowUpService implements InvoiceFollowUpUseCase {
    private final InvoiceStore invoices;
    private final InvoiceFollowUpStore followUps;
    private final InvoiceAccounts accounts;
    private final TransactionRunner transactions;
    private final FollowUpSettings settings;
    private final CreditNoteDocuments documents;
    private final PaymentReminders reminders;
    private final Clock clock;

    public InvoiceFollowUpService(
            InvoiceStore invoices,
            InvoiceFollowUpStore followUps,
            TransactionRunner transactions,
            FollowUpSettings settings,
            CreditNoteDocuments documents,
            PaymentReminders reminders,
            Clock clock) {
        this.invoices = Objects.requireNonNull(invoices, "invoices");
        this.followUps = Objects.requireNonNull(followUps, "followUps");
        this.accounts = new InvoiceAccounts(invoices, followUps);
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public InvoiceBalance balance(InvoiceNumber number) {
        return accounts.balance(accounts.find(number));
    }

    @Override
    public InvoiceBalance recordPayment(RecordPaymentCommand command) {
        return transactions.inTransaction(() -> {
            Instant now = now();
            Instant paidAt =
                    command.paidAt().map(t -> t.truncatedTo(ChronoUnit.MICROS)).orElse(now);
            return accounts.pay(command.invoice(), Optional.of(command.amount()), paidAt, command.reference(), now);
        });
    }

    @Override
    public CreditNoteIssued issueCreditNote(IssueCreditNoteCommand command) {
        CreditNoteIssued issued = transactions.inTransaction(() -> credit(command));
        try {
            documents.send(issued.note());
            return issued;
        } catch (RuntimeException e) {
            String message = e.getMessage();
            return new CreditNoteIssued(
                    issued.note(),
                    issued.invoice(),
                    Optional.of(
                            message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip()));
        }
    }

    private CreditNoteIssued credit(IssueCreditNoteCommand command) {
        InvoiceNumber number = command.invoice();
        Invoice invoice = accounts.lock(number);
        InvoiceStatus status = invoice.status();
        if (!status.open() && status != InvoiceStatus.PAID) {
            throw new VigintException(
                    CoreErrorCode.INVOICE_STATE_CONFLICT,
                    "invoice " + number + " is " + status.code() + "; only an issued, partially paid, paid or overdue"
                            + " invoice can be credited",
                    Map.of("number", number.toString(), "status", status.code()));
        }
        InvoiceBalance before = accounts.balance(invoice);
        Money netLeft = CreditNoteArithmetic.netLeft(invoice, before.creditNotes());
        Money net =
                command.netAmount().map(a -> new Money(a, invoice.currency())).orElse(netLeft);
        if (!CreditNoteArithmetic.inMinorUnits(net)) {
            throw VigintException.invalid(
                    "amount",
                    "amount has more decimals than " + invoice.currency().getCurrencyCode() + " has: "
                            + net.amount().toPlainString());
        }
        net = net.rounded();
        if (net.amount().compareTo(netLeft.amount()) > 0) {
            throw new VigintException(
                    CoreErrorCode.CREDIT_EXCEEDS_INVOICE,
                    "a credit of " + net + " net is more than the " + netLeft + " net left to credit on invoice "
                            + number,
                    Map.of(
                            "number", number.toString(),
                            "amount", net.amount().toPlainString(),
                            "net_left", netLeft.amount().toPlainString()));
        }
        if (net.isZero()) {
            throw VigintException.invalid("amount", "nothing is left to credit on invoice " + number);
        }
        CreditNoteArithmetic.Amounts amounts = CreditNoteArithmetic.amounts(invoice, before.creditNotes(), net);
        Instant at = now();
        int year = at.atZone(ZoneOffset.UTC).getYear();
        int sequence = followUps.lockCreditNoteSequence(year) + 1;
        CreditNote note = new CreditNote(
                new CreditNoteNumber(year, sequence),
                number,
                invoice.clientId(),
                command.reason(),
                invoice.vatRate(),
                amounts.subtotal(),
                amounts.vat(),
                amounts.total(),
                at);
        followUps.insertCreditNote(note);
        List<CreditNote> notes = new ArrayList<>(before.creditNotes());
        notes.add(note);
        InvoiceBalance after = accounts.settle(new InvoiceBalance(invoice, before.payments(), notes), at);
        return new CreditNoteIssued(note, after, Optional.empty());
    }

    @Override
    public List<CreditNote> listCreditNotes(Optional<ClientId> clientId, Optional<InvoiceNumber> invoice) {
        return followUps.listCreditNotes(clientId, invoice);
    }

    @Override
    public CreditNote creditNote(CreditNoteNumber number) {
        return followUps.findCreditNote(number).orElseThrow(() -> notFound(number));
    }

    @Override
    public CreditNote clientCreditNote(ClientId clientId, CreditNoteNumber number) {
        return followUps
                .findCreditNote(number)
                .filter(n -> n.clientId().equals(clientId))
                .orElseThrow(() -> notFound(number));
    }

    @Override
    public Instant dueAt(Invoice invoice) {
        return settings.dueDates().dueAt(invoice);
    }

    @Override
    public FollowUpReport followUp() {
        Instant now = now();
        List<InvoiceNumber> marked = new ArrayList<>();
        for (InvoiceStatus open : List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID)) {
            for (Invoice invoice : invoices.listInvoices(Optional.empty(), Optional.of(open))) {
                if (settings.dueDates().isPastDue(invoice, now) && markOverdue(invoice, now)) {
                    marked.add(invoice.number().orElseThrow());
                }
            }
        }
        List<FollowUpReport.Reminder> reminded = new ArrayList<>();
        Map<InvoiceNumber, String> notSent = new LinkedHashMap<>();
        if (settings.remindersEnabled() && !settings.reminderDays().isEmpty()) {
            for (Invoice invoice : invoices.listInvoices(Optional.empty(), Optional.of(InvoiceStatus.OVERDUE))) {
                InvoiceNumber number = invoice.number().orElseThrow();
                Instant due = dueAt(invoice);
                Optional<Integer> reached = reminderReached(due, now);
                if (reached.isEmpty()
                        || followUps.remindersSent(number).stream().anyMatch(d -> d >= reached.get())) {
                    continue;
                }
                int days = reached.get();
                try {
                    if (transactions.inTransaction(() -> remind(number, due, days, now))) {
                        reminded.add(new FollowUpReport.Reminder(number, days));
                    }
                } catch (RuntimeException e) {
                    String message = e.getMessage();
                    notSent.put(number, message == null ? e.getClass().getSimpleName() : message.strip());
                }
            }
        }
        return new FollowUpReport(marked, reminded, notSent);
    }

    /** The latest configured reminder day reached {@code now}, counting whole days past {@code due}. */
    private Optional<Integer> reminderReached(Instant due, Instant now) {
        if (!now.isAfter(due)) {
            return Optional.empty();
        }
        long daysPast = Duration.between(due, now).toDays();
        Integer reached = null;
        for (int day : settings.reminderDays()) {
            if (day <= daysPast) {
                reached = day;
            }
        }
        return Optional.ofNullable(reached);
    }

    private boolean markOverdue(Invoice seen, Instant now) {
        return transactions.inTransaction(() -> {
            Invoice invoice = accounts.lock(seen.number().orElseThrow());
            InvoiceStatus status = invoice.status();
            if (status != InvoiceStatus.ISSUED && status != InvoiceStatus.PARTIALLY_PAID) {
                return false;
            }
            return invoices.changeInvoiceStatus(invoice.number().orElseThrow(), status, InvoiceStatus.OVERDUE, now);
        });
    }

    /**
     * Sends the reminder and records it, under the invoice's row lock: two servers never both send it
     * (the second finds it recorded), and a failed email records nothing, so the next pass tries again.
     */
    private boolean remind(InvoiceNumber number, Instant due, int days, Instant now) {
        Invoice invoice = accounts.lock(number);
        if (invoice.status() != InvoiceStatus.OVERDUE
                || followUps.remindersSent(number).stream().anyMatch(d -> d >= days)) {
            return false;
        }
        reminders.remind(accounts.balance(invoice), due, days);
        return followUps.recordReminder(number, days, now);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static VigintException notFound(CreditNoteNumber number) {
        return new VigintException(
                CoreErrorCode.CREDIT_NOTE_NOT_FOUND,
                CoreErrorCode.CREDIT_NOTE_NOT_FOUND.defaultMessage(),
                Map.of("number", number.toString()));
    }
}
