package io.vigint.core.util;

import io.vigint.core.error.VigintException;
import java.util.regex.Pattern;

/** Input checks used by self-validating commands; each failure names the field it is about. */
public final class Checks {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private Checks() {}

    /** Trims {@code value} and requires 1..{@code maxLength} characters with no control characters. */
    public static String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw VigintException.invalid(field, field + " must not be empty");
        }
        return optionalText(field, value, maxLength);
    }

    /** Like {@link #requiredText} but {@code null} or blank becomes {@code null}. */
    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw VigintException.invalid(field, field + " must be at most " + maxLength + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw VigintException.invalid(field, field + " must not contain control characters");
        }
        return trimmed;
    }

    /** A trimmed email address of plausible shape (local@domain.tld), at most 254 characters. */
    public static String email(String field, String value) {
        String trimmed = requiredText(field, value, 254);
        if (!EMAIL.matcher(trimmed).matches()) {
            throw VigintException.invalid(field, field + " is not a valid email address: " + trimmed);
        }
        return trimmed;
    }

    /** Requires a non-null value. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw VigintException.invalid(field, field + " is required");
        }
        return value;
    }
}
