/**
 * The {@code access_changes} table, the log that carries access changes between processes: its
 * MyBatis mapper and row type, the {@link io.vigint.persistence.access.AccessChangeWriter} that appends to
 * it, and the {@link io.vigint.persistence.access.AccessChangeFeedLoop} that reads it (with a LISTEN
 * connection on PostgreSQL and a tracker of ids committed out of order).
 */
package io.vigint.persistence.access;
