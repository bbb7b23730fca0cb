package io.vigint.billing.delivery;

import com.google.inject.Inject;
import io.vigint.billing.document.CsvInvoiceRenderer;
import io.vigint.billing.document.HtmlInvoiceRenderer;
import io.vigint.billing.document.InvoiceDocument;
import io.vigint.billing.document.PdfInvoiceRenderer;
import io.vigint.billing.document.Seller;
import io.vigint.billing.einvoice.UblInvoiceRenderer;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceArithmetic;
import io.vigint.core.billing.InvoiceDocuments;
import io.vigint.core.billing.InvoiceFollowUpStore;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.billing.InvoiceLine;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceParty;
import io.vigint.core.billing.InvoiceTerms;
import io.vigint.core.billing.Payment;
import io.vigint.core.billing.PaymentDetails;
import io.vigint.core.billing.PaymentDetailsUseCase;
import io.vigint.core.billing.SealedReference;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientStore;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Implements the core's {@link InvoiceDocuments}: the one place a billing {@link Invoice} becomes an
 * {@link InvoiceDocument} (buyer, seller, tax treatment, supply and due dates as the invoice recorded them
 * when it was issued; the client's name and email from the {@link ClientStore}; the payment method with its
 * reference masked; the seller's registration, IBAN, BIC, email and footer from configuration), which the
 * renderers draw and the {@link InvoiceMailer} sends.
 *
 * <p>A line's unit price is the price of its calls; when they cost different amounts (per-second
 * processing costs) it is their average, to four decimals, and the amount stays the exact sum rounded.
 */
public final class BillingInvoiceDocuments implements InvoiceDocuments {
    private final ClientStore clients;
    private final PaymentDetailsUseCase payments;
    private final Seller seller;
    private final InvoiceRenderers renderers;
    private final InvoiceMailer mailer;
    private final Function<InvoiceNumber, List<Payment>> paymentsOf;

    /** Documents that show what was paid on each invoice, from {@code followUps}. */
    @Inject
    public BillingInvoiceDocuments(
            ClientStore clients,
            PaymentDetailsUseCase payments,
            Seller seller,
            InvoiceRenderers renderers,
            InvoiceMailer mailer,
            InvoiceFollowUpStore followUps) {
        this(clients, payments, seller, renderers, mailer, followUps::payments);
    }

    /** Documents that show nothing paid. */
    public BillingInvoiceDocuments(
            ClientStore clients,
            PaymentDetailsUseCase payments,
            Seller seller,
            InvoiceRenderers renderers,
            InvoiceMailer mailer) {
        this(clients, payments, seller, renderers, mailer, number -> List.of());
    }

    private BillingInvoiceDocuments(
            ClientStore clients,
            PaymentDetailsUseCase payments,
            Seller seller,
            InvoiceRenderers renderers,
            InvoiceMailer mailer,
            Function<InvoiceNumber, List<Payment>> paymentsOf) {
        this.paymentsOf = Objects.requireNonNull(paymentsOf, "paymentsOf");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.seller = Objects.requireNonNull(seller, "seller");
        this.renderers = Objects.requireNonNull(renderers, "renderers");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
    }

    /** With the plain PDF (not Factur-X) and UBL. */
    public BillingInvoiceDocuments(
            ClientStore clients,
            PaymentDetailsUseCase payments,
            Seller seller,
            PdfInvoiceRenderer pdf,
            HtmlInvoiceRenderer html,
            CsvInvoiceRenderer csv,
            InvoiceMailer mailer) {
        this(clients, payments, seller, new InvoiceRenderers(pdf, html, csv, new UblInvoiceRenderer()), mailer);
    }

    @Override
    public byte[] render(Invoice invoice, InvoiceFormat format) {
        return renderers.of(format).render(document(invoice));
    }

    @Override
    public void send(Invoice invoice) {
        mailer.send(invoice.clientId(), document(invoice));
    }

    /**
     * The document view of {@code invoice}.
     *
     * @throws VigintException {@code CLIENT_NOT_FOUND} if its client no longer exists
     */
    public InvoiceDocument document(Invoice invoice) {
        Client client = clients.findById(invoice.clientId())
                .orElseThrow(() -> new VigintException(
                        CoreErrorCode.CLIENT_NOT_FOUND,
                        CoreErrorCode.CLIENT_NOT_FOUND.defaultMessage(),
                        Map.of("client_id", invoice.clientId().value())));
        var currency = invoice.currency();
        InvoiceTerms terms = invoice.terms();
        return new InvoiceDocument(
                invoice.number().map(Object::toString).orElse("DRAFT"),
                day(invoice.issuedAt()),
                InvoiceDocument.Status.valueOf(invoice.status().name()),
                seller(terms.seller()),
                client.name(),
                client.email(),
                new InvoiceDocument.Period(
                        invoice.period().code(),
                        day(invoice.period().start()),
                        day(invoice.period().end())),
                currency,
                invoice.lines().stream().map(l -> line(l, invoice)).toList(),
                invoice.subtotal(),
                invoice.vatRate(),
                invoice.vat(),
                invoice.total(),
                paymentMethod(invoice),
                InvoiceDocument.Kind.INVOICE,
                "",
                buyer(terms.buyer(), client),
                terms.supplyDate(),
                terms.dueDate(),
                paymentTerms(terms),
                terms.taxTreatment(),
                terms.pricesIncludeVat(),
                paid(invoice));
    }

    /** What was paid on {@code invoice} so far (nothing for a draft). */
    private Money paid(Invoice invoice) {
        Money sum = Money.zero(invoice.currency()).rounded();
        if (invoice.number().isPresent()) {
            for (Payment p : paymentsOf.apply(invoice.number().get())) {
                sum = sum.plus(p.amount());
            }
        }
        return sum;
    }

    /**
     * The seller as the invoice recorded it when it was issued (name, address, country, VAT ID), with
     * what invoices do not record (registration, IBAN, BIC, email, footer) from the configuration. An
     * invoice issued before invoices recorded their seller shows the configured seller.
     */
    private Seller seller(InvoiceParty recorded) {
        if (recorded.legalName().isEmpty()) {
            return seller;
        }
        return new Seller(
                recorded.legalName(),
                recorded.addressLines(),
                recorded.country(),
                recorded.vatId(),
                seller.registration(),
                seller.iban(),
                seller.bic(),
                seller.email(),
                seller.footer());
    }

    /** The buyer as recorded on the invoice; without a billing profile, the client's name. */
    private static InvoiceDocument.Buyer buyer(InvoiceParty recorded, Client client) {
        if (recorded.legalName().isEmpty()) {
            return InvoiceDocument.Buyer.named(client.name());
        }
        return new InvoiceDocument.Buyer(
                recorded.legalName(), recorded.addressLines(), recorded.country(), recorded.vatId());
    }

    /** {@code Payment within 30 days}; empty when the invoice recorded no terms. */
    private static String paymentTerms(InvoiceTerms terms) {
        return terms.paymentTermsDays() > 0 ? "Payment within " + terms.paymentTermsDays() + " days" : "";
    }

    /**
     * The line as shown. Its unit price is exclusive of VAT (art. 226 (8)): when the invoice's prices
     * included VAT, the call price divided by one plus the invoice's rate, to four decimals, as the line
     * amount (net) was computed.
     */
    private static InvoiceDocument.Line line(InvoiceLine line, Invoice invoice) {
        BigDecimal unit = line.unitPrice()
                .orElseGet(() -> line.count() == 0
                        ? line.usageSum()
                        : line.usageSum().divide(BigDecimal.valueOf(line.count()), 4, RoundingMode.HALF_UP));
        if (invoice.terms().pricesIncludeVat() && invoice.vatRate().signum() > 0) {
            unit = InvoiceArithmetic.price(unit.divide(BigDecimal.ONE.add(invoice.vatRate()), 4, RoundingMode.HALF_UP));
        }
        return new InvoiceDocument.Line(
                line.endpoint(), line.count(), new Money(unit, invoice.currency()), line.amount());
    }

    /** For example {@code Direct debit from NL91 **** **** **** 4300}; never a full reference. */
    private String paymentMethod(Invoice invoice) {
        PaymentDetails details;
        try {
            details = payments.paymentDetails(invoice.clientId());
        } catch (VigintException e) {
            if (e.code() == CoreErrorCode.PAYMENT_DETAILS_NOT_FOUND) {
                return "Not set";
            }
            throw e;
        }
        String code = details.method().code().replace('_', ' ');
        String method = Character.toUpperCase(code.charAt(0)) + code.substring(1);
        Optional<String> reference = details.iban().or(details::customerId).map(SealedReference::masked);
        String text = reference.map(r -> method + " from " + r).orElse(method);
        return details.autoPay() ? text + " (auto-pay)" : text;
    }

    private static LocalDate day(java.time.Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
