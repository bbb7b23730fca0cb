/**
 * The adapter that reads an original Vigint deployment's database for {@code vigint import-legacy}: its
 * SQLite file ({@code vigint.db}, through the xerial SQLite JDBC driver, opened read-only) or its
 * PostgreSQL database, with the tables its {@code vigint/models.py} declares through SQLAlchemy
 * ({@code clients}, {@code api_keys}, {@code api_usage}, {@code payment_details}; enums stored by name,
 * datetimes as text in SQLite). {@link io.vigint.legacy.JdbcLegacySources} implements the core's
 * {@code LegacySources}; {@link io.vigint.legacy.LegacyModule} binds it.
 */
package io.vigint.legacy;
