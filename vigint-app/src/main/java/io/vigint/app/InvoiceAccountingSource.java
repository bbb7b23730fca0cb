package io.vigint.app;

import io.vigint.core.accounting.AccountingInvoice;
import io.vigint.core.accounting.AccountingInvoiceSource;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceLine;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceParty;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientStore;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stored invoice as the accounting ledger receives it: number, issue and due dates, the customer as
 * the invoice recorded it (legal name, address lines, country, VAT ID; the client's name when it had no
 * billing profile) with the client's email, one line per endpoint at its net unit price (count times the
 * unit price; a line whose prices varied, or whose prices included VAT, as one unit of its net amount),
 * the invoice's VAT rate and totals. Credit notes are not found here yet.
 */
record InvoiceAccountingSource(InvoiceStore invoices, ClientStore clients) implements AccountingInvoiceSource {
    InvoiceAccountingSource {
        Checks.nonNull("invoices clients", invoices, clients);
    }

    @Override
    public Optional<AccountingInvoice> find(String number) {
        InvoiceNumber parsed;
        try {
            parsed = InvoiceNumber.parse(number);
        } catch (VigintException e) {
            return Optional.empty();
        }
        return invoices.findInvoice(parsed)
                .flatMap(invoice -> clients.findById(invoice.clientId()).map(client -> accounting(invoice, client)));
    }

    private static AccountingInvoice accounting(Invoice invoice, Client client) {
        LocalDate issued = LocalDate.ofInstant(invoice.issuedAt(), ZoneOffset.UTC);
        List<AccountingInvoice.Line> lines = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            lines.add(
                    line.unitPrice().isPresent() && !invoice.terms().pricesIncludeVat()
                            ? new AccountingInvoice.Line(
                                    line.endpoint(),
                                    BigDecimal.valueOf(line.count()),
                                    line.unitPrice().get(),
                                    invoice.vatRate())
                            : new AccountingInvoice.Line(
                                    line.endpoint() + " (" + line.count() + " calls)",
                                    BigDecimal.ONE,
                                    line.amount().amount(),
                                    invoice.vatRate()));
        }
        return new AccountingInvoice(
                invoice.number().orElseThrow().toString(),
                AccountingInvoice.Kind.INVOICE,
                Optional.empty(),
                issued,
                invoice.terms().dueDate(),
                invoice.currency(),
                customer(invoice.terms().buyer(), client),
                lines,
                invoice.subtotal(),
                invoice.vat(),
                invoice.total());
    }

    private static AccountingInvoice.Customer customer(InvoiceParty buyer, Client client) {
        if (buyer.legalName().isEmpty()) {
            return AccountingInvoice.Customer.named(client.name(), client.email());
        }
        return new AccountingInvoice.Customer(
                buyer.legalName(),
                client.email(),
                buyer.addressLines(),
                Optional.empty(),
                Optional.empty(),
                buyer.country().isEmpty() ? Optional.empty() : Optional.of(buyer.country()),
                buyer.vatId().isEmpty() ? Optional.empty() : Optional.of(buyer.vatId()));
    }
}
