/**
 * The {@code operator_keys} table: its MyBatis mapper, row type and
 * {@link io.vigint.persistence.operator.MyBatisOperatorKeyStore}. Only key hashes are stored.
 */
package io.vigint.persistence.operator;
