package io.vigint.persistence.testing;

import io.vigint.persistence.DatabaseSettings;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL that tests run against, and fresh schemas in it. The URL comes from the environment
 * variable {@value #URL_VARIABLE} (default {@value #DEFAULT_URL}). When no PostgreSQL answers there,
 * tests are skipped (a JUnit assumption), unless PostgreSQL is required (system property
 * {@code vigint.requirePostgres=true} or environment variable {@code VIGINT_REQUIRE_POSTGRES=true},
 * as in CI): then they fail.
 *
 * <pre>{@code
 * static DatabaseSettings settings;
 *
 * @BeforeAll
 * static void schema() {
 *     settings = PostgresTestDatabase.createSchema(); // skips or fails when PostgreSQL is away
 * }
 *
 * @AfterAll
 * static void dropSchema() {
 *     PostgresTestDatabase.dropSchema(settings);
 * }
 * }</pre>
 */
public final class PostgresTestDatabase {
    /** Environment variable with the JDBC URL of the test PostgreSQL. */
    public static final String URL_VARIABLE = "VIGINT_TEST_POSTGRES_URL";
    /** The URL used when {@value #URL_VARIABLE} is unset. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    /** System property that, when {@code true}, turns "PostgreSQL unreachable" from a skip into a failure. */
    public static final String REQUIRE_PROPERTY = "vigint.requirePostgres";
    /** Environment variable with the same effect as {@link #REQUIRE_PROPERTY}. */
    public static final String REQUIRE_VARIABLE = "VIGINT_REQUIRE_POSTGRES";
    /** Prefix of every schema {@link #createSchema()} makes. */
    public static final String SCHEMA_PREFIX = "vigint_test_";

    private static final String TIMEOUT_SECONDS = "5";
    private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=(" + SCHEMA_PREFIX + "[a-z0-9]+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PostgresTestDatabase() {}

    /** The JDBC URL of the test PostgreSQL (without a schema). */
    public static String url() {
        String fromEnvironment = System.getenv(URL_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_URL : fromEnvironment.strip();
    }

    /** Whether an unreachable PostgreSQL must fail the tests instead of skipping them. */
    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty(REQUIRE_PROPERTY))
                || Boolean.parseBoolean(System.getenv(REQUIRE_VARIABLE));
    }

    /**
     * Returns if PostgreSQL answers at {@link #url()}; otherwise aborts the calling test (skipped) or,
     * when {@link #required()}, fails it.
     */
    public static void assumeAvailable() {
        assumeReachable(url());
    }

    /** {@link #assumeAvailable()} for a given URL. */
    static void assumeReachable(String url) {
        try (Connection connection = connect(url)) {
            if (!connection.isValid(Integer.parseInt(TIMEOUT_SECONDS))) {
                throw new SQLException("the connection is not valid");
            }
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + safe(url) + " (" + e.getMessage() + "); set "
                    + URL_VARIABLE + " to a reachable database";
            if (required()) {
                Assertions.fail(
                        message + ". It is required here (" + REQUIRE_PROPERTY + "=true or " + REQUIRE_VARIABLE
                                + "=true).",
                        e);
            }
            Assumptions.abort(message + "; skipping. Set " + REQUIRE_PROPERTY + "=true to fail instead.");
        }
    }

    /**
     * Creates an empty schema {@code vigint_test_<random>} and returns settings whose URL selects it
     * ({@code currentSchema}), so that {@code Database.open} migrates into it. Skips or fails like
     * {@link #assumeAvailable()} when PostgreSQL is unreachable.
     */
    public static DatabaseSettings createSchema() {
        assumeAvailable();
        String schema = SCHEMA_PREFIX + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        execute("CREATE SCHEMA " + schema);
        String url = url();
        String separator = url.contains("?") ? "&" : "?";
        return DatabaseSettings.of(url + separator + "currentSchema=" + schema, null, null);
    }

    /** Drops, with everything in it, the schema that {@link #createSchema()} made for these settings. */
    public static void dropSchema(DatabaseSettings settings) {
        if (settings == null) {
            return;
        }
        execute("DROP SCHEMA IF EXISTS " + schemaOf(settings) + " CASCADE");
    }

    /** The schema name in settings made by {@link #createSchema()}. */
    public static String schemaOf(DatabaseSettings settings) {
        Matcher matcher = CURRENT_SCHEMA.matcher(settings.url());
        String schema = null;
        while (matcher.find()) {
            schema = matcher.group(1);
        }
        if (schema == null) {
            throw new IllegalArgumentException("not a test schema: " + settings.safeUrl());
        }
        return schema.toLowerCase(Locale.ROOT);
    }

    private static void execute(String sql) {
        try (Connection connection = connect(url());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + safe(url()), e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("loginTimeout", TIMEOUT_SECONDS);
        properties.setProperty("connectTimeout", TIMEOUT_SECONDS);
        return DriverManager.getConnection(url, properties);
    }

    private static String safe(String url) {
        return DatabaseSettings.of(url, null, null).safeUrl();
    }
}
