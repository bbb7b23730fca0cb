package io.vigint.legacy;

import io.vigint.core.legacy.LegacySource;
import io.vigint.core.legacy.LegacySources;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * {@link LegacySources} over JDBC: a SQLite file is opened read-only by the xerial driver (a file that
 * does not exist is refused first, as the driver would create it); PostgreSQL through its driver, with
 * a 10-second connect and login timeout. The schema is then checked ({@link LegacySchema}).
 */
public final class JdbcLegacySources implements LegacySources {
    @Override
    public LegacySource open(String location) {
        LegacyLocation where = LegacyLocation.parse(location);
        if (where.isSqlite() && !Files.isRegularFile(where.sqliteFile())) {
            throw where.unavailable("no such file");
        }
        Connection connection = connect(where);
        try {
            LegacySchema schema = LegacySchema.check(connection, where.description());
            return new LegacyDatabase(connection, schema, where.description());
        } catch (SQLException e) {
            close(connection);
            throw where.unavailable(oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    private static Connection connect(LegacyLocation where) {
        try {
            if (where.isSqlite()) {
                SQLiteConfig config = new SQLiteConfig();
                config.setReadOnly(true);
                return DriverManager.getConnection(where.jdbcUrl(), config.toProperties());
            }
            return DriverManager.getConnection(where.jdbcUrl(), where.properties());
        } catch (SQLException e) {
            throw where.unavailable(oneLine(e.getMessage()));
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // already failing; the first failure is the one reported
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
