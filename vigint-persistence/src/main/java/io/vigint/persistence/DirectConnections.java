package io.vigint.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections of their own, outside the pool, in auto-commit mode: for a LISTEN, or for advisory locks
 * held across transactions. Public for the access-change feed in a sub-package.
 */
public final class DirectConnections {
    private static final String CONNECT_TIMEOUT_SECONDS = "5";

    private DirectConnections() {}

    /** What to do on a fresh connection before it is handed out; a failure closes it. */
    @FunctionalInterface
    public interface Preparation {
        void prepare(Connection connection) throws SQLException;
    }

    /** Connects to the database of {@code settings} with TCP keep-alive, named {@code applicationName}. */
    public static Connection open(DatabaseSettings settings, String applicationName) throws SQLException {
        return open(settings, applicationName, connection -> {});
    }

    /** As {@link #open(DatabaseSettings, String)}, then runs {@code preparation} on the connection. */
    public static Connection open(DatabaseSettings settings, String applicationName, Preparation preparation)
            throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", applicationName);
        Connection connection = DriverManager.getConnection(settings.url(), properties);
        try {
            connection.setAutoCommit(true);
            preparation.prepare(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }
}
