package io.vigint.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.persistence.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PostgresTestDatabaseIT {
    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/test?user=postgres";

    @Test
    void createSchemaMakesAFreshSchemaThatDropSchemaRemoves() throws SQLException {
        DatabaseSettings settings = PostgresTestDatabase.createSchema();
        String schema = PostgresTestDatabase.schemaOf(settings);
        try {
            assertThat(schema).startsWith(PostgresTestDatabase.SCHEMA_PREFIX);
            assertThat(settings.url()).contains("currentSchema=" + schema);
            assertThat(schemaExists(schema)).isTrue();
        } finally {
            PostgresTestDatabase.dropSchema(settings);
        }
        assertThat(schemaExists(schema)).isFalse();
    }

    @Test
    void anUnreachablePostgresFailsTheTestWhenRequired() {
        withRequireProperty("true", () -> assertThatThrownBy(() -> PostgresTestDatabase.assumeReachable(UNREACHABLE))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("127.0.0.1:1")
                .hasMessageContaining(PostgresTestDatabase.URL_VARIABLE));
    }

    @Test
    void anUnreachablePostgresSkipsTheTestUnlessRequired() {
        Class<? extends Throwable> expected = Boolean.parseBoolean(System.getenv(PostgresTestDatabase.REQUIRE_VARIABLE))
                ? AssertionFailedError.class
                : TestAbortedException.class;
        withRequireProperty("false", () -> assertThatThrownBy(() -> PostgresTestDatabase.assumeReachable(UNREACHABLE))
                .isInstanceOf(expected));
    }

    private static void withRequireProperty(String value, Runnable check) {
        String before = System.getProperty(PostgresTestDatabase.REQUIRE_PROPERTY);
        System.setProperty(PostgresTestDatabase.REQUIRE_PROPERTY, value);
        try {
            check.run();
        } finally {
            if (before == null) {
                System.clearProperty(PostgresTestDatabase.REQUIRE_PROPERTY);
            } else {
                System.setProperty(PostgresTestDatabase.REQUIRE_PROPERTY, before);
            }
        }
    }

    private static boolean schemaExists(String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url());
                PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
