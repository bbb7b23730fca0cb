package io.vigint.core.billing;

import io.vigint.core.money.Money;
import io.vigint.core.util.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * Money received for an invoice. An invoice's amount paid is the sum of its payments.
 *
 * @param invoice the invoice paid
 * @param amount a positive amount in the invoice's currency, at most its minor unit's precision
 * @param paidAt when the money arrived (as the operator says; the recording time otherwise)
 * @param reference the bank or provider reference, if any (1 to 200 characters)
 */
public record Payment(InvoiceNumber invoice, Money amount, Instant paidAt, Optional<String> reference) {
    public Payment {
        Checks.nonNull("invoice amount paidAt reference", invoice, amount, paidAt, reference);
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("a payment is positive: " + amount);
        }
    }
}
