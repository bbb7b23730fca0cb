package io.vigint.core.config;

import java.util.Objects;

/**
 * One setting, declared once by the settings record that reads it.
 *
 * @param property the key in the config file, e.g. {@code server.port}
 * @param environmentVariable the environment variable that overrides the config file, e.g. {@code VIGINT_PORT}
 * @param defaultValue the text used when neither sets it ({@code ""}: none)
 * @param help one line for {@code --help} and the docs
 */
public record SettingKey(String property, String environmentVariable, String defaultValue, String help) {
    public SettingKey {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(environmentVariable, "environmentVariable");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(help, "help");
    }
}
