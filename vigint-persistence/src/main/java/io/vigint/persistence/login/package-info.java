/**
 * The {@code login_credentials} table: its MyBatis mapper, row type and
 * {@link io.vigint.persistence.login.MyBatisLoginStore}. Only password hashes are stored.
 */
package io.vigint.persistence.login;
