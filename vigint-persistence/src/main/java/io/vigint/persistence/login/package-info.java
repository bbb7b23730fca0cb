/** The {@code login_credentials} table: its MyBatis mapper and row type. Only password hashes are stored. */
package io.vigint.persistence.login;
