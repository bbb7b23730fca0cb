/**
 * Test support shipped in this module's test-jar: {@link io.vigint.persistence.testing.PostgresTestDatabase}
 * gives other modules' integration tests a fresh PostgreSQL schema, or skips them when PostgreSQL is away.
 */
package io.vigint.persistence.testing;
