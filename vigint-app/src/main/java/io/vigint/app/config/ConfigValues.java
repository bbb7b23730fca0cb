package io.vigint.app.config;

import io.vigint.core.error.VigintException;
import io.vigint.core.util.DurationText;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * The values of settings, read through a lookup that already applied the environment, the config
 * file and the defaults, and parsed with one-line errors that name where a bad value came from.
 */
public final class ConfigValues {
    private final Function<SettingKey, ServerConfig.Source> lookup;

    ConfigValues(Function<SettingKey, ServerConfig.Source> lookup) {
        this.lookup = lookup;
    }

    /** The raw text of {@code key} and its origin (never null: the default applies). */
    public ServerConfig.Source source(SettingKey key) {
        ServerConfig.Source found = lookup.apply(key);
        return found != null ? found : new ServerConfig.Source(key.defaultValue(), "the default of " + key.property());
    }

    public String text(SettingKey key) {
        return source(key).text();
    }

    /** The text of {@code key}, or {@code null} if it is blank. */
    public String optionalText(SettingKey key) {
        String text = text(key);
        return text == null || text.isBlank() ? null : text.trim();
    }

    public long number(SettingKey key, long min, long max) {
        ServerConfig.Source source = source(key);
        try {
            long value = Long.parseLong(source.text().trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(source, "a whole number from " + min + " to " + max);
    }

    public boolean bool(SettingKey key) {
        ServerConfig.Source source = source(key);
        return switch (source.text().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw invalid(source, "true or false");
        };
    }

    /** A duration such as {@code 10s}, {@code 48h}, from {@code min} to {@code max}. */
    public Duration duration(SettingKey key, Duration min, Duration max) {
        ServerConfig.Source source = source(key);
        Duration value;
        try {
            value = DurationText.parse(source.origin(), source.text().trim());
        } catch (VigintException e) {
            throw invalid(source, "a duration such as 10s, 5m or 48h");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw invalid(source, "a duration from " + DurationText.format(min) + " to " + DurationText.format(max));
        }
        return value;
    }

    /** The error for a value of {@code key} that is not {@code expected}. */
    public ConfigurationException invalid(SettingKey key, String expected) {
        return invalid(source(key), expected);
    }

    static ConfigurationException invalid(ServerConfig.Source source, String expected) {
        return new ConfigurationException(
                "invalid value '" + source.text() + "' for " + source.origin() + ": expected " + expected);
    }
}
