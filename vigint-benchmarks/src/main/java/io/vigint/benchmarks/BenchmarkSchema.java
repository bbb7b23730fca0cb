package io.vigint.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh, uniquely named PostgreSQL schema for one benchmark trial, dropped with everything in it at the end.
 * The database adapter is pointed at it through the JDBC {@code currentSchema} parameter, so Flyway migrates
 * it from empty and the benchmark never touches other schemas.
 */
final class BenchmarkSchema {
    private final String baseUrl;
    private final String name;

    private BenchmarkSchema(String baseUrl, String name) {
        this.baseUrl = baseUrl;
        this.name = name;
    }

    /** Creates a schema named {@code vigint_bench_} plus 16 random hex digits in the database at {@code url}. */
    static BenchmarkSchema create(String url) {
        byte[] suffix = new byte[8];
        ThreadLocalRandom.current().nextBytes(suffix);
        BenchmarkSchema schema =
                new BenchmarkSchema(url, "vigint_bench_" + HexFormat.of().formatHex(suffix));
        // The name is generated above from hex digits only; identifiers cannot be bound as parameters.
        schema.execute("CREATE SCHEMA " + schema.name);
        return schema;
    }

    /** The schema's name. */
    String name() {
        return name;
    }

    /** The base URL with {@code currentSchema} set to this schema. */
    String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /**
     * {@link #url()} with {@code synchronous_commit} off for its sessions: commits return before the WAL reaches
     * the disk. For bulk loading only, never for measuring.
     */
    String loadingUrl() {
        return url() + "&options=-c%20synchronous_commit%3Doff";
    }

    /** Drops the schema and everything in it. */
    void drop() {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    /** True if the schema exists. */
    boolean exists() {
        try (Connection connection = DriverManager.getConnection(baseUrl);
                var statement = connection.prepareStatement(
                        "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot query schema " + name, e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(baseUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "'", e);
        }
    }
}
