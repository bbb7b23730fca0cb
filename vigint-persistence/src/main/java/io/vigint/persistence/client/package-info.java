/** The {@code clients} table: its MyBatis mapper and row types. */
package io.vigint.persistence.client;
