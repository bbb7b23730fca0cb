package io.vigint.core.schedule;

import java.util.Locale;

/** How often a client is invoiced, and so how long one scheduled period is. */
public enum Cadence {
    /** An ISO week, Monday 00:00 UTC to the next Monday. */
    WEEKLY,
    /** A calendar month. */
    MONTHLY,
    /** A calendar quarter (January, April, July, October). */
    QUARTERLY;

    /** The lower-case name used in configuration and logs, e.g. {@code weekly}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
