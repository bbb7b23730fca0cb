package io.vigint.core.billing;

import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.util.Locale;

/** How often a client is invoiced; each frequency has its own kind of {@link BillingPeriod}. */
public enum BillingFrequency {
    WEEKLY,
    MONTHLY,
    QUARTERLY;

    /** The lower-case name used in JSON, the CLI and the database, e.g. {@code monthly}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code weekly}, {@code monthly} or {@code quarterly} (any case).
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code frequency} otherwise
     */
    public static BillingFrequency parse(String text) {
        return Checks.code(BillingFrequency.class, text, "frequency", "weekly, monthly or quarterly");
    }
}
