package io.vigint.core.billing;

import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.util.Locale;

/** How a client pays its invoices. */
public enum PaymentMethod {
    CREDIT_CARD,
    BANK_TRANSFER,
    DIRECT_DEBIT;

    /** The lower-case name used in JSON, the CLI and the database, e.g. {@code direct_debit}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code credit_card}, {@code bank_transfer} or {@code direct_debit} (any case).
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code method} otherwise
     */
    public static PaymentMethod parse(String text) {
        return Checks.code(PaymentMethod.class, text, "method", "credit_card, bank_transfer or direct_debit");
    }
}
