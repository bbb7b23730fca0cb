package io.vigint.core.util;

import io.vigint.core.error.VigintException;
import java.util.regex.Pattern;

/** Input checks used by self-validating commands; each failure names the field it is about. */
public final class Checks {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private Checks() {}

    /**
     * Requires each of {@code values} to be non-null, as {@link java.util.Objects#requireNonNull(Object, String)}
     * does one by one: {@code names} lists their names in the same order, separated by spaces, and the
     * {@link NullPointerException} names the first one missing.
     */
    public static void nonNull(String names, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException(names.split(" ")[i]);
            }
        }
    }

    /**
     * The constant of {@code type} whose lower-case name is {@code text} (any case, surrounding blanks
     * ignored): how enums with wire codes parse them.
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code field}, with {@code expected} and the
     *     text given, otherwise
     */
    public static <E extends Enum<E>> E code(Class<E> type, String text, String field, String expected) {
        if (text != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text.strip())) {
                    return constant;
                }
            }
        }
        throw VigintException.invalid(field, field + " must be " + expected + ", got: " + text);
    }

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
        requireWellFormedUnicode(field, trimmed);
        return trimmed;
    }

    /**
     * Refuses text holding a lone UTF-16 surrogate (half of a pair, as JSON's {@code "\ud800"} makes):
     * it is not Unicode, cannot be encoded as UTF-8, and a database would store something else than what
     * was accepted.
     */
    public static String requireWellFormedUnicode(String field, String value) {
        if (value != null && hasLoneSurrogate(value)) {
            throw VigintException.invalid(
                    field, field + " contains a lone UTF-16 surrogate, which is not valid Unicode text");
        }
        return value;
    }

    /** True if {@code text} holds a surrogate that is not part of a high-low pair. */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
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
