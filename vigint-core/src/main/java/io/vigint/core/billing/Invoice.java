package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.money.Money;
import io.vigint.core.util.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * An invoice: one client, one period, one line per endpoint used, the subtotal (the sum of the line
 * amounts), VAT on the subtotal and the total. A draft (a dry run's preview) has no number and is
 * never stored; everything else is numbered {@code VIGINT-YYYY-NNNN}.
 *
 * @param number the invoice number; empty for a draft
 * @param clientId who is invoiced
 * @param period the period invoiced
 * @param lines one per endpoint, by endpoint name
 * @param vatRate the VAT rate applied, for example {@code 0.21}
 * @param subtotal sum of the line amounts
 * @param vat subtotal times rate, rounded half-up to the minor unit
 * @param total subtotal plus VAT
 * @param status where the invoice stands
 * @param issuedAt when it was issued (for a draft: when it was previewed)
 * @param paidAt when it was marked paid
 * @param voidedAt when it was voided
 * @param terms the tax treatment, price mode, parties and dates it was issued under
 */
public record Invoice(
        Optional<InvoiceNumber> number,
        ClientId clientId,
        BillingPeriod period,
        List<InvoiceLine> lines,
        BigDecimal vatRate,
        Money subtotal,
        Money vat,
        Money total,
        InvoiceStatus status,
        Instant issuedAt,
        Optional<Instant> paidAt,
        Optional<Instant> voidedAt,
        InvoiceTerms terms) {
    public Invoice {
        Checks.nonNull("number clientId period", number, clientId, period);
        lines = List.copyOf(lines);
        Checks.nonNull(
                "vatRate subtotal vat total status issuedAt paidAt voidedAt terms",
                vatRate,
                subtotal,
                vat,
                total,
                status,
                issuedAt,
                paidAt,
                voidedAt,
                terms);
        if (number.isEmpty() != (status == InvoiceStatus.DRAFT)) {
            throw new IllegalArgumentException("drafts, and only drafts, have no number");
        }
    }

    /**
     * An invoice without recorded terms ({@link InvoiceTerms#unrecorded}): domestic VAT, prices without
     * VAT, parties unknown, as invoices were before they carried their terms.
     */
    public Invoice(
            Optional<InvoiceNumber> number,
            ClientId clientId,
            BillingPeriod period,
            List<InvoiceLine> lines,
            BigDecimal vatRate,
            Money subtotal,
            Money vat,
            Money total,
            InvoiceStatus status,
            Instant issuedAt,
            Optional<Instant> paidAt,
            Optional<Instant> voidedAt) {
        this(
                number,
                clientId,
                period,
                lines,
                vatRate,
                subtotal,
                vat,
                total,
                status,
                issuedAt,
                paidAt,
                voidedAt,
                InvoiceTerms.unrecorded(period, issuedAt));
    }

    /** The currency of every amount on the invoice. */
    public Currency currency() {
        return total.currency();
    }

    /** This invoice with another status, changed at {@code at}. */
    public Invoice withStatus(InvoiceStatus newStatus, Instant at) {
        return with(
                number,
                newStatus,
                issuedAt,
                newStatus == InvoiceStatus.PAID ? Optional.of(at) : paidAt,
                newStatus == InvoiceStatus.VOID ? Optional.of(at) : voidedAt);
    }

    /** This draft issued under {@code invoiceNumber} at {@code at}. */
    public Invoice issued(InvoiceNumber invoiceNumber, Instant at) {
        return with(Optional.of(invoiceNumber), InvoiceStatus.ISSUED, at, Optional.empty(), Optional.empty());
    }

    /** This invoice's client, period and amounts under another number and status. */
    private Invoice with(
            Optional<InvoiceNumber> newNumber,
            InvoiceStatus newStatus,
            Instant newIssuedAt,
            Optional<Instant> newPaidAt,
            Optional<Instant> newVoidedAt) {
        return new Invoice(
                newNumber,
                clientId,
                period,
                lines,
                vatRate,
                subtotal,
                vat,
                total,
                newStatus,
                newIssuedAt,
                newPaidAt,
                newVoidedAt,
                newIssuedAt.equals(issuedAt) ? terms : terms.reissued(issuedAt, newIssuedAt));
    }
}
