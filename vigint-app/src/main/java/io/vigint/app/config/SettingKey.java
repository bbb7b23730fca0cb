package io.vigint.app.config;

/**
 * One setting: its key in the config file, its environment variable and its default. Each feature's
 * configuration record declares its keys as an enum implementing this; {@link Settings} knows them
 * all, so a config file with an unknown key is refused.
 */
public interface SettingKey {
    /** The key's names and default. */
    Setting setting();

    /** The key in the config file, e.g. {@code server.port}. */
    default String property() {
        return setting().property();
    }

    /** The environment variable that overrides the config file, e.g. {@code VIGINT_PORT}. */
    default String environmentVariable() {
        return setting().environmentVariable();
    }

    /** The value used when neither the environment nor the config file sets it. */
    default String defaultValue() {
        return setting().defaultValue();
    }

    /**
     * The names and default of a setting.
     *
     * @param property the key in the config file
     * @param environmentVariable the overriding environment variable
     * @param defaultValue the value when neither sets it
     */
    record Setting(String property, String environmentVariable, String defaultValue) {}
}
