package io.vigint.core.billing;

import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one place credit note amounts are computed, for issuing and for {@code verify} alike. A credit
 * note credits a net amount; its VAT is that amount times the invoice's rate, rounded half-up, but
 * never more than the invoice's VAT not yet credited; the credit note that brings the credited net
 * amount to the invoice's subtotal credits all the VAT left, so that the credit notes of a fully
 * credited invoice add up to its subtotal, VAT and total exactly.
 */
public final class CreditNoteArithmetic {
    private CreditNoteArithmetic() {}

    /** The net, VAT and total a credit note of {@code net} on {@code invoice} carries after {@code earlier}. */
    public record Amounts(Money subtotal, Money vat, Money total) {}

    /**
     * The amounts of a credit note of {@code net} (positive, rounded to the minor unit) on {@code invoice}
     * after the credit notes {@code earlier}.
     *
     * @throws IllegalArgumentException if {@code net} exceeds the net amount not yet credited
     */
    public static Amounts amounts(Invoice invoice, List<CreditNote> earlier, Money net) {
        InvoiceBalance balance = new InvoiceBalance(invoice, List.of(), earlier);
        Money netLeft = invoice.subtotal().minus(balance.creditedNet());
        Money vatLeft = invoice.vat().minus(balance.creditedVat());
        if (net.amount().compareTo(netLeft.amount()) > 0) {
            throw new IllegalArgumentException("more than the net amount left: " + net + " > " + netLeft);
        }
        Money vat;
        if (net.equals(netLeft)) {
            vat = vatLeft;
        } else {
            vat = new Money(net.amount().multiply(invoice.vatRate()), net.currency()).rounded();
            if (vat.amount().compareTo(vatLeft.amount()) > 0) {
                vat = vatLeft;
            }
        }
        return new Amounts(net, vat, net.plus(vat));
    }

    /** The net amount of {@code invoice} not yet credited by {@code earlier}. */
    public static Money netLeft(Invoice invoice, List<CreditNote> earlier) {
        return invoice.subtotal().minus(new InvoiceBalance(invoice, List.of(), earlier).creditedNet());
    }

    /** Whether {@code amount} has no more decimals than its currency's minor unit. */
    static boolean inMinorUnits(Money amount) {
        BigDecimal stripped = amount.amount().stripTrailingZeros();
        return stripped.scale() <= Math.max(amount.currency().getDefaultFractionDigits(), 0);
    }
}
