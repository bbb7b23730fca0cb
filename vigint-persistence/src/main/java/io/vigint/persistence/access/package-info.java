/**
 * The {@code access_changes} table, the log that carries access changes between processes: its
 * MyBatis mapper and row type. {@link io.vigint.persistence.DatabaseAccessChanges} writes and reads it.
 */
package io.vigint.persistence.access;
