package io.vigint.core.usage;

import io.vigint.core.error.VigintException;
import java.util.Locale;

/** How a usage report sums records: per calendar day (UTC) or per endpoint. */
public enum GroupBy {
    DAY,
    ENDPOINT;

    /** The lower-case name used by the APIs ({@code day}, {@code endpoint}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code day} or {@code endpoint} (any case).
     *
     * @throws VigintException {@code VALIDATION_FAILED} for field {@code group_by} otherwise
     */
    public static GroupBy parse(String text) {
        for (GroupBy value : values()) {
            if (value.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return value;
            }
        }
        throw VigintException.invalid("group_by", "group_by must be day or endpoint, got: " + text);
    }
}
