package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.TransactionRunner;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Implements {@link InvoicingUseCase}. The batch sums the period's uninvoiced usage of the clients
 * billed at its frequency with one grouped query (one pass over the usage), then invoices those clients
 * in slices of {@link BillingSettings#batchClients()}: each slice is one transaction that locks the
 * year's invoice counter, drops clients invoiced meanwhile by a concurrent run, prices the rest with
 * {@link InvoiceArithmetic} under each client's {@link BillingProfile} and price mode (read once per run,
 * for all the clients due, right after the usage; without a profile: domestic at the default rate) and
 * inserts the numbered invoices, with the {@link InvoiceTerms} they were issued under, and the counter's
 * new value. A failure
 * rolls back only the slice it happened in; a re-run skips the clients already invoiced and continues
 * the numbering where the last committed slice left it.
 */
public final class InvoicingService implements InvoicingUseCase {
    private final InvoiceStore store;
    private final InvoiceAccounts accounts;
    private final BillingProfileStore profiles;
    private final TransactionRunner transactions;
    private final BillingSettings settings;
    private final Clock clock;

    /** Invoicing without billing profiles: every client is domestic at the default rate. */
    public InvoicingService(
            InvoiceStore store,
            InvoiceFollowUpStore followUps,
            TransactionRunner transactions,
            BillingSettings settings,
            Clock clock) {
        this(store, BillingProfileStore.none(), followUps, transactions, settings, clock);
    }

    /** Invoicing under each client's billing profile and price mode from {@code profiles}. */
    public InvoicingService(
            InvoiceStore store,
            BillingProfileStore profiles,
            InvoiceFollowUpStore followUps,
            TransactionRunner transactions,
            BillingSettings settings,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.accounts = new InvoiceAccounts(store, Objects.requireNonNull(followUps, "followUps"));
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<InvoiceRunReport> runInvoices(RunInvoicesCommand command) {
        Instant now = now();
        List<BillingPeriod> periods = command.period().map(List::of).orElseGet(() -> Arrays.stream(
                        BillingFrequency.values())
                .map(f -> BillingPeriod.lastCompleted(f, now))
                .toList());
        List<InvoiceRunReport> reports = new ArrayList<>();
        for (BillingPeriod period : periods) {
            reports.add(run(period, command.dryRun()));
        }
        return reports;
    }

    private InvoiceRunReport run(BillingPeriod period, boolean dryRun) {
        List<ClientId> billed = store.clientsBilled(period.frequency(), settings.defaultFrequency());
        Map<ClientId, InvoiceNumber> skipped = new LinkedHashMap<>(store.activeInvoices(period));
        skipped.keySet().retainAll(Set.copyOf(billed));
        Map<ClientId, List<UsageTotal>> usage =
                store.uninvoicedUsage(period, settings.currency(), settings.defaultFrequency()).stream()
                        .collect(Collectors.groupingBy(UsageTotal::clientId, LinkedHashMap::new, Collectors.toList()));
        List<ClientId> due = List.copyOf(usage.keySet());
        Profiles profiles = profiles(due);
        List<Invoice> invoices = new ArrayList<>();
        for (int from = 0; from < due.size(); from += settings.batchClients()) {
            List<ClientId> slice = due.subList(from, Math.min(due.size(), from + settings.batchClients()));
            invoices.addAll(
                    dryRun ? drafts(period, slice, usage, profiles, now()) : issue(period, slice, usage, profiles));
        }
        Set<ClientId> invoiced = invoices.stream().map(Invoice::clientId).collect(Collectors.toSet());
        List<ClientId> withoutUsage = billed.stream()
                .filter(c -> !invoiced.contains(c) && !skipped.containsKey(c) && !usage.containsKey(c))
                .toList();
        return new InvoiceRunReport(period, dryRun, invoices, skipped, withoutUsage);
    }

    /** The billing profiles and price modes of the clients due, as read once for the run. */
    private record Profiles(Map<ClientId, BillingProfile> profileOf, Map<ClientId, Boolean> inclusive) {}

    private Profiles profiles(List<ClientId> clients) {
        if (clients.isEmpty()) {
            return new Profiles(Map.of(), Map.of());
        }
        return new Profiles(profiles.findProfiles(clients), profiles.findPricesIncludeVat(clients));
    }

    private List<Invoice> drafts(
            BillingPeriod period,
            List<ClientId> clients,
            Map<ClientId, List<UsageTotal>> usage,
            Profiles profiles,
            Instant at) {
        List<Invoice> drafts = new ArrayList<>();
        Map<ClientId, BillingProfile> profileOf = profiles.profileOf();
        Map<ClientId, Boolean> inclusive = profiles.inclusive();
        for (ClientId client : clients) {
            Optional<BillingProfile> profile = Optional.ofNullable(profileOf.get(client));
            TaxTreatment treatment = profile.map(BillingProfile::taxTreatment).orElse(TaxTreatment.DOMESTIC);
            BigDecimal rate = settings.rateFor(
                    treatment, profile.map(BillingProfile::country).orElse(""));
            InvoiceTerms terms = new InvoiceTerms(
                    treatment,
                    inclusive.getOrDefault(client, settings.pricesIncludeVat()),
                    profile.map(BillingProfile::party).orElse(InvoiceParty.UNKNOWN),
                    settings.seller(),
                    InvoiceTerms.supplyDate(period),
                    InvoiceTerms.day(at).plusDays(settings.paymentTermsDays()),
                    settings.paymentTermsDays());
            drafts.add(
                    InvoiceArithmetic.draft(client, period, usage.get(client), rate, terms, settings.currency(), at));
        }
        return drafts;
    }

    /**
     * One slice in one transaction. The usage was summed before the counter was locked, so another run
     * may have invoiced some of these clients meanwhile: they are dropped after the lock is held.
     */
    private List<Invoice> issue(
            BillingPeriod period, List<ClientId> clients, Map<ClientId, List<UsageTotal>> usage, Profiles profiles) {
        return transactions.inTransaction(() -> {
            Instant at = now();
            int year = at.atZone(ZoneOffset.UTC).getYear();
            int sequence = store.lockInvoiceSequence(year);
            Set<ClientId> invoicedMeanwhile = store.invoicedClients(period, clients);
            List<ClientId> still =
                    clients.stream().filter(c -> !invoicedMeanwhile.contains(c)).toList();
            List<Invoice> issued = new ArrayList<>();
            for (Invoice draft : drafts(period, still, usage, profiles, at)) {
                issued.add(draft.issued(new InvoiceNumber(year, ++sequence), at));
            }
            if (!issued.isEmpty()) {
                store.insertInvoices(year, sequence, issued);
            }
            return issued;
        });
    }

    @Override
    public List<Invoice> listInvoices(Optional<ClientId> clientId, Optional<InvoiceStatus> status) {
        return store.listInvoices(clientId, status);
    }

    @Override
    public Invoice invoice(InvoiceNumber number) {
        return store.findInvoice(number).orElseThrow(() -> notFound(number));
    }

    @Override
    public Invoice clientInvoice(ClientId clientId, InvoiceNumber number) {
        return store.findInvoice(number)
                .filter(i -> i.clientId().equals(clientId))
                .orElseThrow(() -> notFound(number));
    }

    @Override
    public InvoiceVerification verify(InvoiceNumber number) {
        Invoice invoice = invoice(number);
        List<UsageTotal> usage = store.usageTotals(invoice.clientId(), invoice.period(), invoice.currency());
        Invoice recomputed = InvoiceArithmetic.draft(
                invoice.clientId(),
                invoice.period(),
                usage,
                invoice.vatRate(),
                invoice.terms(),
                invoice.currency(),
                invoice.issuedAt());
        List<String> differences = new ArrayList<>();
        Map<String, InvoiceLine> expected = byEndpoint(recomputed.lines());
        Map<String, InvoiceLine> actual = byEndpoint(invoice.lines());
        for (String endpoint : actual.keySet()) {
            if (!expected.containsKey(endpoint)) {
                differences.add("line " + endpoint + ": no usage found for it any more");
            }
        }
        for (Map.Entry<String, InvoiceLine> e : expected.entrySet()) {
            InvoiceLine want = e.getValue();
            InvoiceLine have = actual.get(e.getKey());
            if (have == null) {
                differences.add(
                        "line " + e.getKey() + ": missing; usage has " + want.count() + " calls, " + want.amount());
                continue;
            }
            compare(differences, "line " + e.getKey() + " count", have.count(), want.count());
            compare(differences, "line " + e.getKey() + " usage sum", have.usageSum(), want.usageSum());
            compare(differences, "line " + e.getKey() + " unit price", have.unitPrice(), want.unitPrice());
            compare(differences, "line " + e.getKey() + " amount", have.amount(), want.amount());
        }
        compare(differences, "subtotal", invoice.subtotal(), recomputed.subtotal());
        compare(differences, "VAT", invoice.vat(), recomputed.vat());
        compare(differences, "total", invoice.total(), recomputed.total());
        differences.addAll(accounts.check(invoice));
        return new InvoiceVerification(number, differences);
    }

    /** Records a payment of everything still due, which makes the invoice paid. */
    @Override
    public Invoice markPaid(InvoiceNumber number) {
        return transactions.inTransaction(() -> {
            Instant at = now();
            return accounts.pay(number, Optional.empty(), at, Optional.empty(), at)
                    .invoice();
        });
    }

    /**
     * Drafts are never stored, so there is nothing to void: every stored invoice is refused, with the
     * credit note to issue instead.
     */
    @Override
    public Invoice voidInvoice(InvoiceNumber number) {
        Invoice current = invoice(number);
        String status = current.status().code();
        throw new VigintException(
                CoreErrorCode.INVOICE_STATE_CONFLICT,
                "invoice " + number + " is " + status + "; only drafts can be voided. An issued invoice is"
                        + " corrected by a credit note: vigint invoices credit --number " + number
                        + " --reason \"...\" (POST /admin/v1/invoices/" + number + "/credit-notes)",
                Map.of("number", number.toString(), "status", status));
    }

    private static Map<String, InvoiceLine> byEndpoint(List<InvoiceLine> lines) {
        Map<String, InvoiceLine> map = new LinkedHashMap<>();
        lines.forEach(l -> map.put(l.endpoint(), l));
        return map;
    }

    private static void compare(List<String> differences, String what, Object have, Object want) {
        if (have instanceof Optional<?> h && want instanceof Optional<?> w && h.isPresent() && w.isPresent()) {
            compare(differences, what, h.get(), w.get());
            return;
        }
        boolean same = have instanceof java.math.BigDecimal h && want instanceof java.math.BigDecimal w
                ? h.compareTo(w) == 0
                : Objects.equals(have, want);
        if (!same) {
            differences.add(what + ": invoice has " + show(have) + ", usage gives " + show(want));
        }
    }

    private static String show(Object value) {
        if (value instanceof Optional<?> o) {
            return o.map(Object::toString).orElse("(varies)");
        }
        return value instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static VigintException notFound(InvoiceNumber number) {
        return new VigintException(
                CoreErrorCode.INVOICE_NOT_FOUND,
                CoreErrorCode.INVOICE_NOT_FOUND.defaultMessage(),
                Map.of("number", number.toString()));
    }
}
