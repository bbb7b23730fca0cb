package io.vigint.http;

import io.vigint.core.config.SettingKey;
import io.vigint.core.util.DurationText;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings under one config-file prefix whose environment variables follow from their names: in the
 * family {@code ("video.", "VIGINT_VIDEO_")} the setting {@code long_window} is the key {@code
 * video.long_window} and the variable {@code VIGINT_VIDEO_LONG_WINDOW}.
 *
 * @param propertyPrefix what the config-file keys start with, e.g. {@code video.}
 * @param environmentPrefix what the environment variables start with, e.g. {@code VIGINT_VIDEO_}
 */
public record SettingFamily(String propertyPrefix, String environmentPrefix) {
    public SettingFamily {
        Objects.requireNonNull(propertyPrefix, "propertyPrefix");
        Objects.requireNonNull(environmentPrefix, "environmentPrefix");
    }

    /** The setting {@code name} of this family (lower case with underscores), with its default and help. */
    public SettingKey key(String name, String defaultValue, String help) {
        return new SettingKey(
                propertyPrefix + name, environmentPrefix + name.toUpperCase(Locale.ROOT), defaultValue, help);
    }

    /** The setting {@code name} of this family with a duration for its default, written as {@link DurationText} does. */
    public SettingKey key(String name, Duration defaultValue, String help) {
        return key(name, DurationText.format(defaultValue), help);
    }

    /** The setting {@code name} of this family with a number for its default. */
    public SettingKey key(String name, long defaultValue, String help) {
        return key(name, String.valueOf(defaultValue), help);
    }
}
