package io.vigint.persistence.billing;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceLine;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.UsageTotal;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.persistence.SqlFailures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link InvoiceStore} over the invoice tables, through a {@link BillingMapper} on the shared sessions, so
 * every call joins the thread's transaction. Usage is summed by one grouped query over the period;
 * invoices and lines are inserted with one statement per {@value #ROWS_PER_STATEMENT} rows (on PostgreSQL
 * {@code INSERT … SELECT … FROM unnest(arrays)}, on H2 a multi-row {@code VALUES}), and so are their
 * terms; a second invoice for a
 * client and period that is not void is refused by the {@code uq_invoices_active_key} constraint and
 * reported as {@code INVOICE_STATE_CONFLICT}.
 */
public record MyBatisInvoiceStore(BillingMapper mapper, BillingProfileMapper terms) implements InvoiceStore {
    private static final int ROWS_PER_STATEMENT = 1000;

    @Override
    public List<ClientId> clientsBilled(BillingFrequency frequency, BillingFrequency defaultFrequency) {
        return call(() -> mapper.clientsBilled(frequency.code(), frequency == defaultFrequency)).stream()
                .map(ClientId::new)
                .toList();
    }

    @Override
    public Map<ClientId, InvoiceNumber> activeInvoices(BillingPeriod period) {
        Map<ClientId, InvoiceNumber> active = new LinkedHashMap<>();
        for (InvoiceRow row : call(() -> mapper.activeInvoices(period.code()))) {
            active.put(new ClientId(row.clientId()), new InvoiceNumber(row.invoiceYear(), row.invoiceSequence()));
        }
        return active;
    }

    @Override
    public Set<ClientId> invoicedClients(BillingPeriod period, List<ClientId> clients) {
        if (clients.isEmpty()) {
            return Set.of();
        }
        Long[] ids = clients.stream().map(ClientId::value).toArray(Long[]::new);
        return call(() -> mapper.invoicedClients(period.code(), ids)).stream()
                .map(ClientId::new)
                .collect(Collectors.toSet());
    }

    @Override
    public List<UsageTotal> uninvoicedUsage(
            BillingPeriod period, Currency currency, BillingFrequency defaultFrequency) {
        UsageQuery query = new UsageQuery(
                null,
                stored(period.start()),
                stored(period.end()),
                currency.getCurrencyCode(),
                period.code(),
                period.frequency().code(),
                period.frequency() == defaultFrequency);
        return totals(query);
    }

    @Override
    public List<UsageTotal> usageTotals(ClientId clientId, BillingPeriod period, Currency currency) {
        return totals(new UsageQuery(
                clientId.value(),
                stored(period.start()),
                stored(period.end()),
                currency.getCurrencyCode(),
                null,
                null,
                false));
    }

    private List<UsageTotal> totals(UsageQuery query) {
        return call(() -> mapper.usageTotals(query)).stream()
                .map(r -> new UsageTotal(
                        new ClientId(r.clientId()), r.endpoint(), r.usageCount(), r.usageSum(), r.maxCost()))
                .toList();
    }

    @Override
    public int lockInvoiceSequence(int year) {
        return call(() -> {
            createCounter(year);
            Integer last = mapper.lockCounter(year);
            if (last == null) {
                throw new IllegalStateException("the invoice counter of " + year + " vanished");
            }
            return last;
        });
    }

    /**
     * Creates the year's counter unless it exists. PostgreSQL settles a race between two first
     * invoices of a year with {@code ON CONFLICT DO NOTHING}; on H2 the loser gets a unique violation,
     * which leaves its transaction usable there, so it is ignored and the lock that follows waits for
     * the winner.
     */
    private void createCounter(int year) {
        try {
            mapper.createCounter(year);
        } catch (RuntimeException e) {
            if (!SqlFailures.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    @Override
    public void insertInvoices(int year, int lastSequence, List<Invoice> invoices) {
        List<InvoiceRow> rows = new ArrayList<>();
        List<InvoiceLineRow> lines = new ArrayList<>();
        List<InvoiceTermsRow> termsRows = new ArrayList<>();
        for (Invoice invoice : invoices) {
            InvoiceNumber number = invoice.number().orElseThrow(() -> new IllegalArgumentException("a draft"));
            rows.add(InvoiceRows.row(number, invoice));
            termsRows.add(InvoiceRows.termsRow(number, invoice));
            for (InvoiceLine line : invoice.lines()) {
                lines.add(InvoiceRows.lineRow(number, line));
            }
        }
        try {
            for (List<InvoiceRow> part : slices(rows)) {
                mapper.insertInvoices(InvoiceInsert.of(part));
            }
            for (List<InvoiceLineRow> part : slices(lines)) {
                mapper.insertLines(InvoiceLineInsert.of(part));
            }
            for (List<InvoiceTermsRow> part : slices(termsRows)) {
                terms.insertTerms(InvoiceTermsInsert.of(part));
            }
            if (mapper.updateCounter(year, lastSequence) != 1) {
                throw new IllegalStateException("no invoice counter for " + year + "; lock it first");
            }
        } catch (RuntimeException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw new VigintException(
                        CoreErrorCode.INVOICE_STATE_CONFLICT,
                        "a client already has an invoice for this period that is not void",
                        Map.of(),
                        e);
            }
            throw SqlFailures.translate(e);
        }
    }

    @Override
    public Optional<Invoice> findInvoice(InvoiceNumber number) {
        List<Invoice> found = select(new InvoiceFilter(number.year(), number.sequence(), null, null));
        return found.stream().findFirst();
    }

    @Override
    public List<Invoice> listInvoices(Optional<ClientId> clientId, Optional<InvoiceStatus> status) {
        return select(new InvoiceFilter(
                null,
                null,
                clientId.map(ClientId::value).orElse(null),
                status.map(InvoiceStatus::code).orElse(null)));
    }

    private List<Invoice> select(InvoiceFilter filter) {
        return call(() -> {
            List<InvoiceRow> rows = mapper.selectInvoices(filter);
            Map<Long, List<InvoiceLineRow>> lines = new HashMap<>();
            Map<Long, InvoiceTermsRow> termsOf = new HashMap<>();
            if (!rows.isEmpty()) {
                for (InvoiceLineRow line : mapper.selectLines(filter)) {
                    lines.computeIfAbsent(key(line.invoiceYear(), line.invoiceSequence()), k -> new ArrayList<>())
                            .add(line);
                }
                for (InvoiceTermsRow t : terms.selectTerms(filter)) {
                    termsOf.put(key(t.invoiceYear(), t.invoiceSequence()), t);
                }
            }
            return rows.stream()
                    .map(r -> InvoiceRows.invoice(
                            r,
                            lines.getOrDefault(key(r.invoiceYear(), r.invoiceSequence()), List.of()),
                            termsOf.get(key(r.invoiceYear(), r.invoiceSequence()))))
                    .toList();
        });
    }

    private static long key(int year, int sequence) {
        return ((long) year << 32) | sequence;
    }

    @Override
    public boolean changeInvoiceStatus(InvoiceNumber number, InvoiceStatus from, InvoiceStatus to, Instant at) {
        return call(() -> mapper.changeStatus(
                        new StatusChange(number.year(), number.sequence(), from.code(), to.code(), stored(at))))
                == 1;
    }

    private static <T> List<List<T>> slices(List<T> rows) {
        List<List<T>> slices = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += ROWS_PER_STATEMENT) {
            slices.add(rows.subList(i, Math.min(rows.size(), i + ROWS_PER_STATEMENT)));
        }
        return slices;
    }
}
