/**
 * What adapters need to read their settings, JDK only: a {@link io.vigint.core.config.SettingKey} (config-file
 * key, environment variable, default and help text), a {@link io.vigint.core.config.ConfigSource} to look it
 * up, and a {@link io.vigint.core.config.ConfigReader} that parses values with one-line errors. Each adapter's
 * settings record declares its own keys; the composition root layers flag, environment, file and default.
 */
package io.vigint.core.config;
