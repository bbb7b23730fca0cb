/**
 * The {@code api_keys} table: its MyBatis mapper, row type and {@link io.vigint.persistence.key.MyBatisApiKeyStore}.
 * Only key hashes are stored.
 */
package io.vigint.persistence.key;
