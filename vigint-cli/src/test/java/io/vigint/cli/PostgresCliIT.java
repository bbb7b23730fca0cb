package io.vigint.cli;

import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The CLI suite on PostgreSQL, a fresh schema per test (skipped when PostgreSQL is unreachable, unless
 * it is required, as in CI).
 */
class PostgresCliIT extends CliIT {
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
    List<String> databaseOptions() {
        return List.of("--database-url", settings.url());
    }

    @Override
    DatabaseSettings databaseSettings() {
        return settings;
    }
}
