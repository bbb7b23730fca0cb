/**
 * Test support shipped in this module's test-jar: {@link io.vigint.persistence.testing.PostgresTestDatabase}
 * gives other modules' integration tests a fresh PostgreSQL schema, or skips them when PostgreSQL is away;
 * {@link io.vigint.persistence.testing.DatabaseCore} wires the core over a database's stores.
 */
package io.vigint.persistence.testing;
