package io.vigint.core.config;

import io.vigint.core.error.VigintException;
import io.vigint.core.util.DurationText;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The values of settings from a {@link ConfigSource}, each key's default where the source has none,
 * parsed with one-line errors that name where a bad value came from.
 */
public final class ConfigReader {
    private final ConfigSource source;

    public ConfigReader(ConfigSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The raw text of {@code key} and its origin (never null: the default applies). */
    public ConfigValue value(SettingKey key) {
        return source.find(key)
                .orElseGet(() -> new ConfigValue(key.defaultValue(), "the default of " + key.property()));
    }

    /** The source this reads from (for families of keys). */
    public ConfigSource source() {
        return source;
    }

    public String text(SettingKey key) {
        return value(key).text();
    }

    /** The text of {@code key}, or {@code null} if it is blank. */
    public String optionalText(SettingKey key) {
        String text = text(key);
        return text == null || text.isBlank() ? null : text.trim();
    }

    public long number(SettingKey key, long min, long max) {
        ConfigValue value = value(key);
        try {
            long number = Long.parseLong(value.text().trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(value, "a whole number from " + min + " to " + max);
    }

    public boolean bool(SettingKey key) {
        ConfigValue value = value(key);
        return switch (value.text().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw invalid(value, "true or false");
        };
    }

    /** A duration such as {@code 10s}, {@code 48h}, from {@code min} to {@code max}. */
    public Duration duration(SettingKey key, Duration min, Duration max) {
        ConfigValue value = value(key);
        Duration duration;
        try {
            duration = DurationText.parse(value.origin(), value.text().trim());
        } catch (VigintException e) {
            throw invalid(value, "a duration such as 10s, 5m or 48h");
        }
        if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
            throw invalid(value, "a duration from " + DurationText.format(min) + " to " + DurationText.format(max));
        }
        return duration;
    }

    /** The error for a value of {@code key} that is not {@code expected}. */
    public ConfigurationException invalid(SettingKey key, String expected) {
        return invalid(value(key), expected);
    }

    /** The error for {@code value} that is not {@code expected}. */
    public static ConfigurationException invalid(ConfigValue value, String expected) {
        return new ConfigurationException(
                "invalid value '" + value.text() + "' for " + value.origin() + ": expected " + expected);
    }
}
