package io.vigint.core.video.analysis;

import java.util.Locale;
import java.util.Optional;

/** How serious an assessment judges what it saw, from nothing to high. Ordered: later is worse. */
public enum RiskLevel {
    NONE,
    LOW,
    MEDIUM,
    HIGH;

    /**
     * The name used in answers, alert emails and descriptions: {@code NONE}, {@code LOW}, {@code MEDIUM},
     * {@code HIGH}. Upper case, as the original Vigint server answered ({@code "HIGH"}, {@code "LOW"}) and as
     * its clients post it back in alerts (docs/compatibility.md); {@link #parse} reads any case.
     */
    public String label() {
        return name();
    }

    /**
     * The level named by {@code text}, ignoring case and surrounding blanks; {@code critical} counts as
     * {@link #HIGH}. Empty for anything else.
     */
    public static Optional<RiskLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        if (name.equals("CRITICAL")) {
            return Optional.of(HIGH);
        }
        for (RiskLevel level : values()) {
            if (level.name().equals(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
