/**
 * The {@code client_settings} table: its MyBatis mapper, row type and
 * {@link io.vigint.persistence.settings.MyBatisClientSettingsStore}.
 */
package io.vigint.persistence.settings;
