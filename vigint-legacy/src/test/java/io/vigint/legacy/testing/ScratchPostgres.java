package io.vigint.legacy.testing;

import io.vigint.persistence.testing.PostgresTestDatabase;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scratch PostgreSQL database of its own (not a schema: the original uses a database's default schema),
 * on the test PostgreSQL of {@link PostgresTestDatabase} (skipped, or failed when required, if unreachable).
 * Close drops it.
 */
public final class ScratchPostgres implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

    private final String name;
    private final String url;

    private ScratchPostgres(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** Creates {@code vigint_legacy_<random>}. */
    public static ScratchPostgres create() {
        PostgresTestDatabase.assumeAvailable();
        String name = "vigint_legacy_" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        execute("CREATE DATABASE " + name);
        Matcher m = DATABASE.matcher(PostgresTestDatabase.url());
        if (!m.matches()) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL: " + PostgresTestDatabase.url());
        }
        return new ScratchPostgres(name, m.group(1) + name + m.group(3));
    }

    /** The JDBC URL of the scratch database (with the test URL's user and options). */
    public String url() {
        return url;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url(), new Properties());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "'", e);
        }
    }
}
