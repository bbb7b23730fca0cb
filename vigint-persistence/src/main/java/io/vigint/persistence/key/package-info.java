/**
 * The {@code api_keys} table: its MyBatis mapper, row types, {@link io.vigint.persistence.key.MyBatisApiKeyStore} and
 * {@link io.vigint.persistence.key.MyBatisCredentialLookup} (a key with its client, in one query).
 * Only key hashes are stored.
 */
package io.vigint.persistence.key;
