/**
 * The {@code clients} and {@code client_email_changes} tables: their MyBatis mappers, row types and the
 * {@link io.vigint.persistence.client.MyBatisClientStore} and
 * {@link io.vigint.persistence.client.MyBatisEmailChangeStore} over them.
 */
package io.vigint.persistence.client;
