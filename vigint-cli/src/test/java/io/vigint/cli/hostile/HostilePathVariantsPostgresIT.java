package io.vigint.cli.hostile;

import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link HostilePathVariantsIT} on PostgreSQL, only the metered routes (under {@code /api/}) through the
 * variants; a fresh schema per test (skipped when PostgreSQL is unreachable, unless it is required, as in
 * CI).
 */
class HostilePathVariantsPostgresIT extends HostilePathVariantsIT {
    private DatabaseSettings settings;

    @BeforeEach
    @Override
    void serve() throws java.io.IOException {
        settings = PostgresTestDatabase.createSchema();
        super.serve();
    }

    @AfterEach
    @Override
    void stop() {
        try {
            super.stop();
        } finally {
            if (settings != null) {
                PostgresTestDatabase.dropSchema(settings);
            }
        }
    }

    @Override
    String databaseUrl() {
        return settings.url();
    }

    @Override
    boolean onlyMeteredRoutes() {
        return true;
    }
}
