package io.vigint.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.persistence.migration.V009__drop_idempotency_records_holding_secrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a database whose idempotency records were written before responses were stored without their
 * secrets (issue 9, finding 6): the records holding a plain API key or token are deleted, the others kept.
 */
class IdempotencySecretsMigrationIT {
    @TempDir
    Path dataDir;

    @Test
    void recordsHoldingAPlainKeyAreDeletedOnUpgradeAndTheOthersKept() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(dataDir);
        Flyway.configure(getClass().getClassLoader())
                .dataSource(settings.url(), null, null)
                .locations("classpath:db/migration")
                .javaMigrations(new V009__drop_idempotency_records_holding_secrets())
                .target("6")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(settings.url());
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "INSERT INTO clients (id, name, name_key, email, email_key, active, created_at, updated_at)"
                            + " VALUES (1, 'Acme', 'acme', 'a@example.com', 'a@example.com', TRUE, CURRENT_TIMESTAMP,"
                            + " CURRENT_TIMESTAMP)");
            insert(connection, "with-key", "{\"api_key\":\"vgt_plain\",\"key\":{\"id\":2}}");
            insert(connection, "with-token", "[{\"access_token\":\"t0k\"}]");
            insert(connection, "frames", "{\"status\":\"buffered\",\"api_key_id\":2}");
        }

        try (Database database = Database.open(settings);
                Connection connection = database.dataSource().getConnection();
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT idem_key FROM idempotency_records ORDER BY idem_key")) {
            List<String> kept = new ArrayList<>();
            while (rows.next()) {
                kept.add(rows.getString(1));
            }
            assertThat(kept).containsExactly("frames");
        }
    }

    private static void insert(Connection connection, String key, String body) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO idempotency_records (client_id, idem_key, fingerprint, created_at, status, content_type,"
                        + " body) VALUES (1, ?, 'f', CURRENT_TIMESTAMP, 201, 'application/json', ?)")) {
            insert.setString(1, key);
            insert.setBytes(2, body.getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
    }
}
