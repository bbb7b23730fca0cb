package io.vigint.persistence.billing;

import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceArithmetic;
import io.vigint.core.billing.InvoiceLine;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceParty;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoiceTerms;
import io.vigint.core.billing.TaxTreatment;
import io.vigint.core.client.ClientId;
import io.vigint.core.money.Money;
import io.vigint.persistence.StoredTime;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Invoices to rows and back, for {@link MyBatisInvoiceStore}. */
final class InvoiceRows {
    private InvoiceRows() {}

    static InvoiceRow row(InvoiceNumber number, Invoice invoice) {
        boolean active = invoice.status().active();
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
                stored(invoice.paidAt().orElse(null)),
                stored(invoice.voidedAt().orElse(null)),
                active ? invoice.clientId().value() + "/" + invoice.period().code() : null);
    }

    static InvoiceLineRow lineRow(InvoiceNumber number, InvoiceLine line) {
        return new InvoiceLineRow(
                number.year(),
                number.sequence(),
                line.endpoint(),
                line.count(),
                line.unitPrice().orElse(null),
                line.amount().amount(),
                line.usageSum());
    }

    static InvoiceTermsRow termsRow(InvoiceNumber number, Invoice invoice) {
        InvoiceTerms t = invoice.terms();
        return new InvoiceTermsRow(
                number.year(),
                number.sequence(),
                t.taxTreatment().code(),
                t.pricesIncludeVat(),
                t.buyer().legalName(),
                t.buyer().addressText(),
                t.buyer().country(),
                t.buyer().vatId(),
                t.seller().legalName(),
                t.seller().addressText(),
                t.seller().country(),
                t.seller().vatId(),
                t.supplyDate(),
                t.dueDate(),
                t.paymentTermsDays());
    }

    /** The terms of an invoice from its row; an invoice issued before invoices had terms gets {@link InvoiceTerms#unrecorded}. */
    static InvoiceTerms terms(InvoiceRow invoice, InvoiceTermsRow t) {
        if (t == null) {
            return InvoiceTerms.unrecorded(
                    BillingPeriod.parse(invoice.periodCode()),
                    invoice.issuedAt().toInstant());
        }
        return new InvoiceTerms(
                TaxTreatment.parse(t.taxTreatment()),
                t.pricesIncludeVat(),
                new InvoiceParty(
                        t.buyerLegalName(), InvoiceParty.lines(t.buyerAddress()), t.buyerCountry(), t.buyerVatId()),
                new InvoiceParty(
                        t.sellerName(), InvoiceParty.lines(t.sellerAddress()), t.sellerCountry(), t.sellerVatId()),
                t.supplyDate(),
                t.dueDate(),
                t.paymentTermsDays());
    }

    static Invoice invoice(InvoiceRow r, List<InvoiceLineRow> lineRows, InvoiceTermsRow termsRow) {
        Currency currency = Currency.getInstance(r.currency().strip());
        List<InvoiceLine> lines = lineRows.stream()
                .sorted(Comparator.comparing(InvoiceLineRow::endpoint))
                .map(l -> new InvoiceLine(
                        l.endpoint(),
                        l.usageCount(),
                        Optional.ofNullable(l.unitPrice()).map(InvoiceArithmetic::price),
                        new Money(l.amount(), currency).rounded(),
                        l.usageSum()))
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
                Optional.ofNullable(StoredTime.instant(r.paidAt())),
                Optional.ofNullable(StoredTime.instant(r.voidedAt())),
                terms(r, termsRow));
    }
}
