package io.vigint.persistence;

import io.vigint.core.billing.Bic;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceArithmetic;
import io.vigint.core.billing.InvoiceLine;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.PaymentDetails;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.billing.SealedReference;
import io.vigint.core.billing.UsageTotal;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.money.Money;
import io.vigint.persistence.billing.BillingMapper;
import io.vigint.persistence.billing.InvoiceFilter;
import io.vigint.persistence.billing.InvoiceInsert;
import io.vigint.persistence.billing.InvoiceLineInsert;
import io.vigint.persistence.billing.InvoiceLineRow;
import io.vigint.persistence.billing.InvoiceRow;
import io.vigint.persistence.billing.PaymentDetailsRow;
import io.vigint.persistence.billing.StatusChange;
import io.vigint.persistence.billing.UsageQuery;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The billing ports over the database, through {@link BillingMapper} bound to a {@link MyBatisStorage}'s
 * sessions, so every call joins the thread's {@link MyBatisStorage#inTransaction} transaction. Usage is
 * summed by one grouped query over the period; invoices and lines are inserted with one statement per
 * {@value #ROWS_PER_STATEMENT} rows (on PostgreSQL {@code INSERT … SELECT … FROM unnest(arrays)}, on
 * H2 a multi-row {@code VALUES}); a second invoice for a client and period that is not void is refused by the
 * {@code uq_invoices_active_key} constraint and reported as {@code INVOICE_STATE_CONFLICT}.
 */
public final class MyBatisBilling implements PaymentDetailsStore, InvoiceStore {
    private static final int ROWS_PER_STATEMENT = 1000;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final BillingMapper mapper;

    /** Billing over {@code storage}'s sessions and transactions. */
    public MyBatisBilling(MyBatisStorage storage) {
        this.mapper = Objects.requireNonNull(storage, "storage").mapper(BillingMapper.class);
    }

    // ---- payment details

    @Override
    public void savePaymentDetails(PaymentDetails d) {
        PaymentDetailsRow row = new PaymentDetailsRow(
                d.clientId().value(),
                d.method().code(),
                d.frequency().code(),
                d.autoPay(),
                d.iban().map(SealedReference::sealed).orElse(null),
                d.iban().map(SealedReference::masked).orElse(null),
                d.bic().map(Bic::value).orElse(null),
                d.customerId().map(SealedReference::sealed).orElse(null),
                d.customerId().map(SealedReference::masked).orElse(null),
                stored(d.updatedAt()));
        try {
            mapper.upsertPaymentDetails(row);
        } catch (RuntimeException e) {
            if (UNIQUE_VIOLATION.equals(sqlState(e)) || FOREIGN_KEY_VIOLATION.equals(sqlState(e))) {
                throw new VigintException(
                        CoreErrorCode.CLIENT_NOT_FOUND, CoreErrorCode.CLIENT_NOT_FOUND.defaultMessage(), Map.of(), e);
            }
            throw SqlFailures.translate(e);
        }
    }

    @Override
    public Optional<PaymentDetails> findPaymentDetails(ClientId clientId) {
        PaymentDetailsRow row = call(() -> mapper.findPaymentDetails(clientId.value()));
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new PaymentDetails(
                new ClientId(row.clientId()),
                PaymentMethod.parse(row.method()),
                BillingFrequency.parse(row.frequency()),
                row.autoPay(),
                sealed(row.ibanSealed(), row.ibanMasked()),
                Optional.ofNullable(row.bic()).map(Bic::new),
                sealed(row.customerSealed(), row.customerMasked()),
                row.updatedAt().toInstant()));
    }

    private static Optional<SealedReference> sealed(String sealed, String masked) {
        return sealed == null ? Optional.empty() : Optional.of(new SealedReference(sealed, masked));
    }

    // ---- the batch

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
        List<Long> ids = clients.stream().map(ClientId::value).toList();
        return call(() -> mapper.invoicedClients(period.code(), ids)).stream()
                .map(ClientId::new)
                .collect(java.util.stream.Collectors.toSet());
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
                        new ClientId(r.clientId()),
                        r.endpoint(),
                        r.usageCount(),
                        r.usageSum(),
                        r.minCost(),
                        r.maxCost(),
                        r.minUsageId(),
                        r.maxUsageId()))
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
            if (!UNIQUE_VIOLATION.equals(sqlState(e))) {
                throw e;
            }
        }
    }

    @Override
    public void insertInvoices(int year, int lastSequence, List<Invoice> invoices) {
        List<InvoiceRow> rows = new ArrayList<>();
        List<InvoiceLineRow> lines = new ArrayList<>();
        for (Invoice invoice : invoices) {
            InvoiceNumber number = invoice.number().orElseThrow(() -> new IllegalArgumentException("a draft"));
            rows.add(row(number, invoice));
            for (InvoiceLine line : invoice.lines()) {
                lines.add(new InvoiceLineRow(
                        number.year(),
                        number.sequence(),
                        line.endpoint(),
                        line.count(),
                        line.unitPrice().orElse(null),
                        line.amount().amount(),
                        line.usageSum(),
                        line.minUsageId(),
                        line.maxUsageId()));
            }
        }
        try {
            for (List<InvoiceRow> part : slices(rows)) {
                mapper.insertInvoices(InvoiceInsert.of(part));
            }
            for (List<InvoiceLineRow> part : slices(lines)) {
                mapper.insertLines(InvoiceLineInsert.of(part));
            }
            if (mapper.updateCounter(year, lastSequence) != 1) {
                throw new IllegalStateException("no invoice counter for " + year + "; lock it first");
            }
        } catch (RuntimeException e) {
            if (UNIQUE_VIOLATION.equals(sqlState(e))) {
                throw new VigintException(
                        CoreErrorCode.INVOICE_STATE_CONFLICT,
                        "a client already has an invoice for this period that is not void",
                        Map.of(),
                        e);
            }
            throw SqlFailures.translate(e);
        }
    }

    private static InvoiceRow row(InvoiceNumber number, Invoice invoice) {
        boolean active = invoice.status() != InvoiceStatus.VOID;
        return new InvoiceRow(
                number.year(),
                number.sequence(),
                invoice.clientId().value(),
                invoice.period().code(),
                stored(invoice.period().start()),
                stored(invoice.period().end()),
                invoice.currency().getCurrencyCode(),
                invoice.vatRate(),
                invoice.subtotal().amount(),
                invoice.vat().amount(),
                invoice.total().amount(),
                invoice.status().code(),
                stored(invoice.issuedAt()),
                invoice.paidAt().map(MyBatisBilling::stored).orElse(null),
                invoice.voidedAt().map(MyBatisBilling::stored).orElse(null),
                active ? invoice.clientId().value() + "/" + invoice.period().code() : null);
    }

    // ---- reading and status

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
            if (!rows.isEmpty()) {
                for (InvoiceLineRow line : mapper.selectLines(filter)) {
                    lines.computeIfAbsent(key(line.invoiceYear(), line.invoiceSequence()), k -> new ArrayList<>())
                            .add(line);
                }
            }
            return rows.stream()
                    .map(r -> invoice(r, lines.getOrDefault(key(r.invoiceYear(), r.invoiceSequence()), List.of())))
                    .toList();
        });
    }

    private static long key(int year, int sequence) {
        return ((long) year << 32) | sequence;
    }

    private static Invoice invoice(InvoiceRow r, List<InvoiceLineRow> lineRows) {
        Currency currency = Currency.getInstance(r.currency().strip());
        List<InvoiceLine> lines = lineRows.stream()
                .sorted(java.util.Comparator.comparing(InvoiceLineRow::endpoint))
                .map(l -> new InvoiceLine(
                        l.endpoint(),
                        l.usageCount(),
                        Optional.ofNullable(l.unitPrice()).map(InvoiceArithmetic::price),
                        new Money(l.amount(), currency).rounded(),
                        l.usageSum(),
                        l.minUsageId(),
                        l.maxUsageId()))
                .toList();
        return new Invoice(
                Optional.of(new InvoiceNumber(r.invoiceYear(), r.invoiceSequence())),
                new ClientId(r.clientId()),
                BillingPeriod.parse(r.periodCode()),
                lines,
                r.vatRate().stripTrailingZeros(),
                new Money(r.subtotal(), currency).rounded(),
                new Money(r.vat(), currency).rounded(),
                new Money(r.total(), currency).rounded(),
                InvoiceStatus.parse(r.status()),
                r.issuedAt().toInstant(),
                Optional.ofNullable(r.paidAt()).map(OffsetDateTime::toInstant),
                Optional.ofNullable(r.voidedAt()).map(OffsetDateTime::toInstant));
    }

    @Override
    public boolean changeInvoiceStatus(InvoiceNumber number, InvoiceStatus from, InvoiceStatus to, Instant at) {
        return call(() -> mapper.changeStatus(
                        new StatusChange(number.year(), number.sequence(), from.code(), to.code(), stored(at))))
                == 1;
    }

    // ---- helpers

    private static <T> List<List<T>> slices(List<T> rows) {
        List<List<T>> slices = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += ROWS_PER_STATEMENT) {
            slices.add(rows.subList(i, Math.min(rows.size(), i + ROWS_PER_STATEMENT)));
        }
        return slices;
    }

    private static OffsetDateTime stored(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e);
        }
    }
}
