package io.vigint.memory;

import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.BillingProfile;
import io.vigint.core.billing.BillingProfileStore;
import io.vigint.core.billing.CreditNote;
import io.vigint.core.billing.CreditNoteNumber;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceFollowUpStore;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.Payment;
import io.vigint.core.billing.PaymentDetails;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.billing.UsageTotal;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.ClientDataOwner;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Payment details, billing profiles, invoices and a usage log in memory, for embedding and tests. Every method is
 * atomic (one monitor); {@link #lockInvoiceSequence} relies on the caller's transaction being
 * serialised, as {@link InMemoryStorage}'s transactions are. Usage is added with {@link #recordUsage}.
 * Payments, credit notes and reminders ({@link InvoiceFollowUpStore}) are kept beside the invoices and
 * go with them.
 */
public final class InMemoryBilling
        implements PaymentDetailsStore, InvoiceStore, InvoiceFollowUpStore, BillingProfileStore, ClientDataOwner {
    private record Usage(long id, ClientId clientId, String endpoint, BigDecimal cost, Currency currency, Instant at) {}

    private final ClientStore clients;
    private final Map<ClientId, PaymentDetails> details = new HashMap<>();
    private final Map<ClientId, BillingProfile> profiles = new HashMap<>();
    private final Map<ClientId, Boolean> pricesIncludeVat = new HashMap<>();
    private final TreeMap<InvoiceNumber, Invoice> invoices = new TreeMap<>();
    private final Map<Integer, Integer> counters = new HashMap<>();
    private final List<Usage> usage = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final TreeMap<CreditNoteNumber, CreditNote> creditNotes = new TreeMap<>();
    private final Map<Integer, Integer> creditNoteCounters = new HashMap<>();
    private final Map<InvoiceNumber, Set<Integer>> reminders = new HashMap<>();
    private long usageSequence;

    /** Billing over {@code clients} (for the list of clients billed at a frequency). */
    public InMemoryBilling(ClientStore clients) {
        this.clients = clients;
    }

    /** Records one metered call; returns its usage id (increasing). */
    public synchronized long recordUsage(
            ClientId clientId, String endpoint, BigDecimal cost, Currency currency, Instant at) {
        long id = ++usageSequence;
        usage.add(new Usage(id, clientId, endpoint, cost, currency, at));
        return id;
    }

    @Override
    public synchronized void savePaymentDetails(PaymentDetails paymentDetails) {
        if (clients.findById(paymentDetails.clientId()).isEmpty()) {
            throw new VigintException(CoreErrorCode.CLIENT_NOT_FOUND);
        }
        details.put(paymentDetails.clientId(), paymentDetails);
    }

    @Override
    public synchronized Optional<PaymentDetails> findPaymentDetails(ClientId clientId) {
        return Optional.ofNullable(details.get(clientId));
    }

    @Override
    public synchronized void saveProfile(BillingProfile profile) {
        if (clients.findById(profile.clientId()).isEmpty()) {
            throw new VigintException(CoreErrorCode.CLIENT_NOT_FOUND);
        }
        profiles.put(profile.clientId(), profile);
        profile.pricesIncludeVat()
                .ifPresentOrElse(
                        v -> pricesIncludeVat.put(profile.clientId(), v),
                        () -> pricesIncludeVat.remove(profile.clientId()));
    }

    @Override
    public synchronized Optional<BillingProfile> findProfile(ClientId clientId) {
        return Optional.ofNullable(profiles.get(clientId)).map(this::withPriceMode);
    }

    @Override
    public synchronized Map<ClientId, BillingProfile> findProfiles(List<ClientId> clientIds) {
        Map<ClientId, BillingProfile> found = new HashMap<>();
        for (ClientId id : clientIds) {
            findProfile(id).ifPresent(p -> found.put(id, p));
        }
        return found;
    }

    @Override
    public synchronized void savePricesIncludeVat(ClientId clientId, boolean include, Instant at) {
        if (clients.findById(clientId).isEmpty()) {
            throw new VigintException(CoreErrorCode.CLIENT_NOT_FOUND);
        }
        pricesIncludeVat.put(clientId, include);
    }

    @Override
    public synchronized Map<ClientId, Boolean> findPricesIncludeVat(List<ClientId> clientIds) {
        Map<ClientId, Boolean> found = new HashMap<>();
        for (ClientId id : clientIds) {
            Optional.ofNullable(pricesIncludeVat.get(id)).ifPresent(v -> found.put(id, v));
        }
        return found;
    }

    private BillingProfile withPriceMode(BillingProfile p) {
        return new BillingProfile(
                p.clientId(),
                p.legalName(),
                p.addressLines(),
                p.country(),
                p.vatId(),
                p.taxTreatment(),
                Optional.ofNullable(pricesIncludeVat.get(p.clientId())),
                p.updatedAt());
    }

    @Override
    public synchronized List<ClientId> clientsBilled(BillingFrequency frequency, BillingFrequency defaultFrequency) {
        return clients.list().stream()
                .map(Client::id)
                .filter(id -> Optional.ofNullable(details.get(id))
                                .map(PaymentDetails::frequency)
                                .orElse(defaultFrequency)
                        == frequency)
                .sorted(Comparator.comparingLong(ClientId::value))
                .toList();
    }

    @Override
    public synchronized Map<ClientId, InvoiceNumber> activeInvoices(BillingPeriod period) {
        Map<ClientId, InvoiceNumber> active = new LinkedHashMap<>();
        for (Invoice i : invoices.values()) {
            if (i.period().equals(period) && i.status().active()) {
                active.put(i.clientId(), i.number().orElseThrow());
            }
        }
        return active;
    }

    @Override
    public synchronized Set<ClientId> invoicedClients(BillingPeriod period, List<ClientId> clientIds) {
        Set<ClientId> invoiced = new HashSet<>(activeInvoices(period).keySet());
        invoiced.retainAll(new HashSet<>(clientIds));
        return invoiced;
    }

    @Override
    public synchronized List<UsageTotal> uninvoicedUsage(
            BillingPeriod period, Currency currency, BillingFrequency defaultFrequency) {
        Set<ClientId> wanted = new HashSet<>(clientsBilled(period.frequency(), defaultFrequency));
        wanted.removeAll(activeInvoices(period).keySet());
        return totals(period, currency, wanted);
    }

    @Override
    public synchronized List<UsageTotal> usageTotals(ClientId clientId, BillingPeriod period, Currency currency) {
        return totals(period, currency, Set.of(clientId));
    }

    private List<UsageTotal> totals(BillingPeriod period, Currency currency, Set<ClientId> clientIds) {
        Map<String, UsageTotal> groups = new TreeMap<>();
        for (Usage u : usage) {
            if (!clientIds.contains(u.clientId())
                    || !u.currency().equals(currency)
                    || !period.contains(u.at())
                    || u.cost().signum() <= 0) {
                continue;
            }
            String key = String.format("%020d|%s", u.clientId().value(), u.endpoint());
            groups.merge(
                    key,
                    new UsageTotal(u.clientId(), u.endpoint(), 1, u.cost(), u.cost()),
                    (a, b) -> new UsageTotal(
                            a.clientId(),
                            a.endpoint(),
                            a.count() + b.count(),
                            a.sum().add(b.sum()),
                            a.maxCost().max(b.maxCost())));
        }
        return List.copyOf(groups.values());
    }

    @Override
    public synchronized int lockInvoiceSequence(int year) {
        return counters.getOrDefault(year, 0);
    }

    @Override
    public synchronized void insertInvoices(int year, int lastSequence, List<Invoice> batch) {
        Map<ClientId, InvoiceNumber> active = new HashMap<>();
        for (Invoice i : batch) {
            active.clear();
            active.putAll(activeInvoices(i.period()));
            if (active.containsKey(i.clientId())
                    || invoices.containsKey(i.number().orElseThrow())) {
                throw new VigintException(
                        CoreErrorCode.INVOICE_STATE_CONFLICT,
                        "client " + i.clientId().value() + " already has an invoice for " + i.period());
            }
        }
        for (Invoice i : batch) {
            invoices.put(i.number().orElseThrow(), i);
        }
        counters.put(year, lastSequence);
    }

    @Override
    public synchronized Optional<Invoice> findInvoice(InvoiceNumber number) {
        return Optional.ofNullable(invoices.get(number));
    }

    @Override
    public synchronized List<Invoice> listInvoices(Optional<ClientId> clientId, Optional<InvoiceStatus> status) {
        return invoices.descendingMap().values().stream()
                .filter(i -> clientId.map(i.clientId()::equals).orElse(true))
                .filter(i -> status.map(s -> s == i.status()).orElse(true))
                .toList();
    }

    @Override
    public synchronized boolean changeInvoiceStatus(
            InvoiceNumber number, InvoiceStatus from, InvoiceStatus to, Instant at) {
        Invoice current = invoices.get(number);
        if (current == null || current.status() != from) {
            return false;
        }
        invoices.put(number, current.withStatus(to, at));
        return true;
    }

    @Override
    public synchronized Optional<InvoiceStatus> lockInvoice(InvoiceNumber number) {
        return findInvoice(number).map(Invoice::status);
    }

    @Override
    public synchronized void insertPayment(Payment payment) {
        if (!invoices.containsKey(payment.invoice())) {
            throw new IllegalStateException("no invoice " + payment.invoice());
        }
        payments.add(payment);
    }

    @Override
    public synchronized List<Payment> payments(InvoiceNumber invoice) {
        return payments.stream()
                .filter(p -> p.invoice().equals(invoice))
                .sorted(Comparator.comparing(Payment::paidAt))
                .toList();
    }

    @Override
    public synchronized int lockCreditNoteSequence(int year) {
        return creditNoteCounters.getOrDefault(year, 0);
    }

    @Override
    public synchronized void insertCreditNote(CreditNote note) {
        if (creditNotes.containsKey(note.number()) || !invoices.containsKey(note.invoice())) {
            throw new IllegalStateException("duplicate credit note or no invoice: " + note.number());
        }
        creditNotes.put(note.number(), note);
        creditNoteCounters.put(note.number().year(), note.number().sequence());
    }

    @Override
    public synchronized Optional<CreditNote> findCreditNote(CreditNoteNumber number) {
        return Optional.ofNullable(creditNotes.get(number));
    }

    @Override
    public synchronized List<CreditNote> listCreditNotes(Optional<ClientId> clientId, Optional<InvoiceNumber> invoice) {
        return creditNotes.descendingMap().values().stream()
                .filter(n -> clientId.map(n.clientId()::equals).orElse(true))
                .filter(n -> invoice.map(n.invoice()::equals).orElse(true))
                .toList();
    }

    @Override
    public synchronized List<Integer> remindersSent(InvoiceNumber invoice) {
        return reminders.getOrDefault(invoice, Set.of()).stream().sorted().toList();
    }

    @Override
    public synchronized boolean recordReminder(InvoiceNumber invoice, int afterDays, Instant at) {
        return reminders.computeIfAbsent(invoice, n -> new HashSet<>()).add(afterDays);
    }

    @Override
    public synchronized void deleteClientData(ClientId clientId) {
        details.remove(clientId);
        profiles.remove(clientId);
        pricesIncludeVat.remove(clientId);
        Set<InvoiceNumber> gone = new HashSet<>();
        invoices.values().stream()
                .filter(i -> i.clientId().equals(clientId))
                .forEach(i -> gone.add(i.number().orElseThrow()));
        invoices.keySet().removeAll(gone);
        payments.removeIf(p -> gone.contains(p.invoice()));
        creditNotes.values().removeIf(n -> gone.contains(n.invoice()));
        reminders.keySet().removeAll(gone);
        usage.removeIf(u -> u.clientId().equals(clientId));
    }
}
