package io.vigint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PostgresKeyVerificationBenchmarkIT {
    private final PostgresKeyVerificationBenchmark benchmark = new PostgresKeyVerificationBenchmark();

    @Test
    void trialFillsAFreshSchemaWhoseKeysAuthenticateAndDropsItAtTheEnd() throws SQLException {
        PostgresTestDatabase.assumeAvailable();
        benchmark.clients = 10;
        benchmark.populate(PostgresTestDatabase.url());
        BenchmarkSchema schema = benchmark.schema;
        try {
            assertThat(schema.exists()).isTrue();
            assertThat(synchronousCommit(benchmark.database.dataSource()))
                    .as("the measured pool keeps the server's commit setting")
                    .isEqualTo(synchronousCommit(PostgresTestDatabase.url()));
            KeyCursor cursor = new KeyCursor();
            cursor.start();
            Set<Long> clientsSeen = new HashSet<>();
            for (int i = 0; i < 2 * benchmark.clients; i++) {
                AuthenticationResult result = benchmark.knownKey(cursor);
                assertThat(result).isInstanceOf(AuthenticationResult.Authenticated.class);
                clientsSeen.add(((AuthenticationResult.Authenticated) result)
                        .client()
                        .id()
                        .value());
            }
            assertThat(clientsSeen).hasSize(benchmark.clients);
            assertThat(benchmark.unknownKey())
                    .isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.INVALID_API_KEY));
        } finally {
            benchmark.dropSchema();
        }

        assertThat(schema.exists()).isFalse();
    }

    private static String synchronousCommit(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return synchronousCommit(connection);
        }
    }

    private static String synchronousCommit(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            return synchronousCommit(connection);
        }
    }

    private static String synchronousCommit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW synchronous_commit")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
