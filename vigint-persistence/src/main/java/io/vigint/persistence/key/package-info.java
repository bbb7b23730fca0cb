/** The {@code api_keys} table: its MyBatis mapper and row types. Only key hashes are stored. */
package io.vigint.persistence.key;
