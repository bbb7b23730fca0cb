package io.vigint.cli;

import io.vigint.core.testing.OriginalDeployment;
import io.vigint.legacy.testing.OriginalSchema;
import io.vigint.legacy.testing.ScratchPostgres;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link LegacyImportIT} with both sides on PostgreSQL: the original's tables (native enum types, timestamps)
 * in a scratch database of their own, Vigint in a fresh schema; the original is named by the URL form its
 * {@code DATABASE_URL} has ({@code postgresql://user@host:port/db}).
 */
class PostgresLegacyImportIT extends LegacyImportIT {
    private DatabaseSettings target;
    private ScratchPostgres source;

    @Override
    List<String> databaseOptions() {
        if (target == null) {
            target = PostgresTestDatabase.createSchema();
        }
        return List.of("--database-url", target.url());
    }

    @Override
    String serverDatabaseUrl() {
        return databaseOptions().get(1);
    }

    @Override
    String writeOriginal(OriginalDeployment deployment) throws Exception {
        source = ScratchPostgres.create();
        OriginalSchema.writePostgres(source.url(), new Properties(), deployment);
        return "postgresql://postgres@127.0.0.1:5432/" + source.name();
    }

    @Override
    void appendUsage(OriginalDeployment deployment, long afterId) throws Exception {
        try (Connection connection = DriverManager.getConnection(source.url());
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO api_usage (id, api_key_id, endpoint, method, status_code, cost, timestamp)"
                                + " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP))")) {
            for (var u : deployment.usage) {
                if (u.id() > afterId) {
                    insert.setLong(1, u.id());
                    insert.setLong(2, u.apiKeyId());
                    insert.setString(3, u.endpoint());
                    insert.setString(4, u.method());
                    insert.setInt(5, u.statusCode());
                    insert.setDouble(6, u.cost().doubleValue());
                    insert.setString(
                            7, u.timestamp().toString().replace('T', ' ').replace("Z", ""));
                    insert.executeUpdate();
                }
            }
        }
    }

    @AfterEach
    void dropDatabases() {
        PostgresTestDatabase.dropSchema(target);
        if (source != null) {
            source.close();
        }
    }
}
