package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.money.Money;
import io.vigint.core.util.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * A credit note: corrects one issued invoice by a net amount, with VAT at the invoice's rate. Amounts
 * are positive and mean "taken off the invoice"; {@link CreditNoteArithmetic} computes them, and the
 * credit notes of one invoice never add up to more than its total.
 *
 * @param number {@code VIGINT-CN-YYYY-NNNN}
 * @param invoice the invoice it corrects
 * @param clientId the invoice's client
 * @param reason why, as the operator wrote it (1 to 500 characters)
 * @param vatRate the invoice's VAT rate
 * @param subtotal the net amount credited
 * @param vat the VAT credited
 * @param total subtotal plus VAT
 * @param issuedAt when it was issued
 */
public record CreditNote(
        CreditNoteNumber number,
        InvoiceNumber invoice,
        ClientId clientId,
        String reason,
        BigDecimal vatRate,
        Money subtotal,
        Money vat,
        Money total,
        Instant issuedAt) {
    public CreditNote {
        Checks.nonNull(
                "number invoice clientId reason vatRate subtotal vat total issuedAt",
                number,
                invoice,
                clientId,
                reason,
                vatRate,
                subtotal,
                vat,
                total,
                issuedAt);
        if (!subtotal.currency().equals(total.currency()) || !vat.currency().equals(total.currency())) {
            throw new IllegalArgumentException("a credit note's amounts are in one currency");
        }
    }

    /** The currency of every amount. */
    public Currency currency() {
        return total.currency();
    }
}
