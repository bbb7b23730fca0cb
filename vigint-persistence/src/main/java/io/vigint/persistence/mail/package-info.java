/**
 * The {@code client_email_config} table: its MyBatis mapper, row type and
 * {@link io.vigint.persistence.mail.MyBatisEmailConfigStore}.
 */
package io.vigint.persistence.mail;
