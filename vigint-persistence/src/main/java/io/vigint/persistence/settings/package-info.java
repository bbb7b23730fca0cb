/** The {@code client_settings} table: its MyBatis mapper and row type. */
package io.vigint.persistence.settings;
