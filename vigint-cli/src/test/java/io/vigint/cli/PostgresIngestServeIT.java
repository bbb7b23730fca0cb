package io.vigint.cli;

import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link IngestServeIT} on PostgreSQL, a fresh schema per test (skipped when PostgreSQL is unreachable,
 * unless it is required, as in CI).
 */
class PostgresIngestServeIT extends IngestServeIT {
    private DatabaseSettings settings;

    @BeforeEach
    void createSchema() {
        settings = PostgresTestDatabase.createSchema();
    }

    @AfterEach
    void dropSchema() {
        PostgresTestDatabase.dropSchema(settings);
    }

    @Override
    String databaseUrl() {
        return settings.url();
    }
}
