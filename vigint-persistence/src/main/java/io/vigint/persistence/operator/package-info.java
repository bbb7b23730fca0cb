/** The {@code operator_keys} table: its MyBatis mapper and row types. Only key hashes are stored. */
package io.vigint.persistence.operator;
