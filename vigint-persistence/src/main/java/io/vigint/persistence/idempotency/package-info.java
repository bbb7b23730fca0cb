/**
 * The {@code idempotency_records} table: its MyBatis mapper, row type and
 * {@link io.vigint.persistence.idempotency.MyBatisIdempotencyStore}.
 */
package io.vigint.persistence.idempotency;
