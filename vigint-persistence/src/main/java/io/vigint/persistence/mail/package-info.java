/** The {@code client_email_config} table: its MyBatis mapper and row type. */
package io.vigint.persistence.mail;
