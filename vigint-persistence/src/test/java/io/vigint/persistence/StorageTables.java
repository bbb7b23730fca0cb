package io.vigint.persistence;

import io.vigint.core.port.ClientDataOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Empties the tables between tests; identities keep increasing, which the contracts allow. */
final class StorageTables {
    private StorageTables() {}

    /** Deletes a client's data as the core's wiring does: through every client data owner of the stores. */
    static ClientDataOwner clientDataOwner(Database database) {
        return clientId -> database.stores().clientDataOwners().forEach(owner -> owner.deleteClientData(clientId));
    }

    static void deleteAll(Database database) {
        DataSource dataSource = database.dataSource();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM mail_queue");
            statement.executeUpdate("DELETE FROM accounting_exports");
            statement.executeUpdate("DELETE FROM usage_records");
            statement.executeUpdate("DELETE FROM ingest_usage");
            statement.executeUpdate("DELETE FROM idempotency_records");
            statement.executeUpdate("DELETE FROM client_settings");
            statement.executeUpdate("DELETE FROM login_credentials");
            statement.executeUpdate("DELETE FROM operator_keys");
            statement.executeUpdate("DELETE FROM access_changes");
            statement.executeUpdate("DELETE FROM api_keys");
            statement.executeUpdate("DELETE FROM clients");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the tables", e);
        }
    }
}
