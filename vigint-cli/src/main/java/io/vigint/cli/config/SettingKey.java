package io.vigint.cli.config;

/**
 * One setting: its key in the config file, its environment variable and its default. Each feature's
 * configuration record declares its keys as an enum implementing this; {@link Settings} knows them
 * all, so a config file with an unknown key is refused.
 */
public interface SettingKey {
    String property();

    String environmentVariable();

    String defaultValue();
}
