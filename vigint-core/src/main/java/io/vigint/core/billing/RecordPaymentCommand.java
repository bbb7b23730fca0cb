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

    /**
     * An amount as people type it: {@code 12.34} (a plain decimal, no sign, no exponent).
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code field} otherwise
     */
    public static BigDecimal amount(String field, String text) {
        if (text == null || !text.strip().matches("\\d{1,12}(\\.\\d{1,12})?")) {
            throw VigintException.invalid(
                    field, field + " must be a positive decimal amount such as 12.34, got: " + text);
        }
        return new BigDecimal(text.strip());
    }

    /**
     * A payment time: an ISO-8601 instant ({@code 2026-12-03T10:15:00Z}) or a day ({@code 2026-12-03},
     * midnight UTC).
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code paid_at} otherwise
     */
    public static Instant paidAt(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return t.length() == 10
                    ? java.time.LocalDate.parse(t)
                            .atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant()
                    : Instant.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            throw VigintException.invalid(
                    "paid_at", "paid_at must be a day (2026-12-03) or an instant (2026-12-03T10:15:00Z), got: " + text);
        }
    }
}
