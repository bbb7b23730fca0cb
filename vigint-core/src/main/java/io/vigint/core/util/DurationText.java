package io.vigint.core.util;

import io.vigint.core.error.VigintException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and prints short durations such as {@code 90s}, {@code 15m}, {@code 24h}, {@code 30d}. */
public final class DurationText {
    private static final Pattern FORMAT = Pattern.compile("^(\\d{1,9})([smhd])$");

    private DurationText() {}

    /**
     * Parses {@code text} (a whole number followed by s, m, h or d).
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code field} when the text is malformed
     */
    public static Duration parse(String field, String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw VigintException.invalid(
                    field, field + " must be a number followed by s, m, h or d (for example 30d), got: " + text);
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /** The shortest exact text for {@code duration} in the same units, e.g. {@code 30d} or {@code 90s}. */
    public static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds != 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds != 0 && seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
