package io.vigint.legacy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables and columns of the original's {@code vigint/models.py} that the import reads, checked through
 * the driver's metadata before any query: {@code clients} and {@code api_keys} must exist; {@code
 * api_usage} and {@code payment_details} may be missing (an installation that never metered or billed),
 * but if present must have their columns. Vigint's own schema fails the check ({@code api_keys} has no
 * {@code is_active}), so pointing the import at the wrong database changes nothing.
 *
 * @param hasUsage whether {@code api_usage} exists
 * @param hasPaymentDetails whether {@code payment_details} exists
 */
record LegacySchema(boolean hasUsage, boolean hasPaymentDetails) {
    private static final List<Map.Entry<String, List<String>>> REQUIRED = List.of(
            Map.entry("clients", List.of("id", "name", "email", "created_at")),
            Map.entry("api_keys", List.of("id", "client_id", "key_hash", "name", "is_active", "created_at")));
    private static final Map<String, List<String>> OPTIONAL = Map.of(
            "api_usage",
            List.of("id", "api_key_id", "endpoint", "method", "status_code", "cost", "timestamp"),
            "payment_details",
            List.of(
                    "id",
                    "api_key_id",
                    "payment_method",
                    "payment_frequency",
                    "auto_pay_enabled",
                    "stripe_customer_id",
                    "bank_account_iban",
                    "bank_account_bic",
                    "created_at",
                    "updated_at"));

    /** Checks the schema {@code connection} sees. */
    static LegacySchema check(Connection connection, String description) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String schema = connection.getSchema();
        for (Map.Entry<String, List<String>> table : REQUIRED) {
            Set<String> columns = columns(metadata, schema, table.getKey());
            if (columns.isEmpty()) {
                throw notOriginal(description, "it has no table " + table.getKey());
            }
            requireColumns(description, table.getKey(), columns, table.getValue());
        }
        boolean[] present = new boolean[2];
        int i = 0;
        for (String name : List.of("api_usage", "payment_details")) {
            Set<String> columns = columns(metadata, schema, name);
            present[i++] = !columns.isEmpty();
            if (!columns.isEmpty()) {
                requireColumns(description, name, columns, OPTIONAL.get(name));
            }
        }
        return new LegacySchema(present[0], present[1]);
    }

    private static Set<String> columns(DatabaseMetaData metadata, String schema, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rows = metadata.getColumns(null, schema, table, null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static void requireColumns(String description, String table, Set<String> actual, List<String> expected) {
        for (String column : expected) {
            if (!actual.contains(column)) {
                throw notOriginal(description, "its table " + table + " has no column " + column);
            }
        }
    }

    private static VigintException notOriginal(String description, String why) {
        return new VigintException(
                CoreErrorCode.NOT_A_LEGACY_DATABASE,
                description + " is not an original Vigint database: " + why
                        + " (the tables of the original's vigint/models.py are clients, api_keys, api_usage and"
                        + " payment_details)",
                Map.of("from", description));
    }
}
