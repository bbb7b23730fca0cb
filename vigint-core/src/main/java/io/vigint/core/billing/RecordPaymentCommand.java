package io.vigint.core.billing;

import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Records money received for an invoice.
 *
 * @param invoice the invoice paid
 * @param amount positive, in the invoice's currency, with at most its minor unit's decimals
 * @param paidAt when the money arrived; empty for now
 * @param reference the bank or provider reference, up to 200 characters
 */
public record RecordPaymentCommand(
        InvoiceNumber invoice, BigDecimal amount, Optional<Instant> paidAt, Optional<String> reference) {
    public RecordPaymentCommand {
        Checks.nonNull("invoice amount paidAt reference", invoice, amount, paidAt, reference);
        if (amount.signum() <= 0) {
            throw VigintException.invalid("amount", "a payment's amount is positive, got: " + amount.toPlainString());
        }
        reference = reference.map(r -> Checks.optionalText("reference", r, 200));
    }
}
