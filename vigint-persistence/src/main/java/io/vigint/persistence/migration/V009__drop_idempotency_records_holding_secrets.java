package io.vigint.persistence.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Deletes the idempotency records written before responses were stored without their secrets (issue 9,
 * finding 6): a record whose stored body holds an {@code "api_key"} or {@code "access_token"} field kept a
 * plain API key (or token) for up to 24 hours. Their keys count as unused afterwards; a retry of such a
 * request runs again. A Java migration because PostgreSQL and H2 share no function that searches bytes.
 */
public final class V009__drop_idempotency_records_holding_secrets extends BaseJavaMigration {
    private static final List<String> SECRET_FIELDS = List.of("\"api_key\"", "\"access_token\"");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Object[]> holding = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT client_id, idem_key, body FROM idempotency_records WHERE body IS NOT NULL");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String body = new String(rows.getBytes(3), StandardCharsets.UTF_8);
                if (SECRET_FIELDS.stream().anyMatch(body::contains)) {
                    holding.add(new Object[] {rows.getLong(1), rows.getString(2)});
                }
            }
        }
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM idempotency_records WHERE client_id = ? AND idem_key = ?")) {
            for (Object[] key : holding) {
                delete.setLong(1, (Long) key[0]);
                delete.setString(2, (String) key[1]);
                delete.addBatch();
            }
            if (!holding.isEmpty()) {
                delete.executeBatch();
            }
        }
    }
}
