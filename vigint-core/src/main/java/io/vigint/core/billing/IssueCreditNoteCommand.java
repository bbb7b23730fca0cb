package io.vigint.core.billing;

import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Issues a credit note on an invoice.
 *
 * @param invoice the invoice corrected
 * @param netAmount the net amount (without VAT) to credit; empty for all that is left of the invoice
 * @param reason why, 1 to 500 characters
 */
public record IssueCreditNoteCommand(InvoiceNumber invoice, Optional<BigDecimal> netAmount, String reason) {
    public IssueCreditNoteCommand {
        Checks.nonNull("invoice netAmount", invoice, netAmount);
        if (netAmount.isPresent() && netAmount.get().signum() <= 0) {
            throw VigintException.invalid(
                    "amount",
                    "a credit note's amount is positive, got: "
                            + netAmount.get().toPlainString());
        }
        reason = Checks.requiredText("reason", reason, 500);
    }
}
