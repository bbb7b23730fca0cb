/** The {@code idempotency_records} table: its MyBatis mapper and row type. */
package io.vigint.persistence.idempotency;
