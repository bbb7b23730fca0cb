package io.vigint.benchmarks;

import io.vigint.core.key.ApiKeyFormat;
import io.vigint.core.key.KeyHash;
import io.vigint.core.port.RandomSource;
import io.vigint.persistence.Database;
import io.vigint.persistence.DatabaseSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * API-key verification over PostgreSQL through the MyBatis adapter: hash, then the key with its client in one query
 * on a pooled connection. Each trial migrates a fresh schema of the database named by {@value #URL_VARIABLE}
 * (default {@value #DEFAULT_URL}), stores {@link #clients} clients with one key each in two bulk statements
 * ({@link #bulkLoad}, through its own pool with {@code synchronous_commit} off; each key's "last used" time a day
 * ahead, so no once-a-minute write falls inside the measurement), authenticates {@value #CHECKED_KEYS} of the keys
 * through the measured core (a fresh pool with the server's defaults), and drops the schema at the end.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PostgresKeyVerificationBenchmark extends KeyVerificationBenchmark {
    /** Environment variable holding the JDBC URL of the database to benchmark against. */
    public static final String URL_VARIABLE = "VIGINT_BENCH_POSTGRES_URL";
    /** The URL used when {@value #URL_VARIABLE} is unset. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    /** How many of the loaded keys the set-up authenticates (and requires accepted) before measuring. */
    static final int CHECKED_KEYS = 1000;

    /**
     * How authentication finds a key and its client: {@code join} (one query, {@code MyBatisCredentialLookup}) or
     * {@code two-queries} (the key by hash, then its client by id, each in a session of its own: the path before
     * issue 14), to compare the two in one run ({@code -p lookup=join,two-queries}).
     */
    @Param("join")
    public String lookup;

    BenchmarkSchema schema;
    Database database;

    /** Creates and migrates the schema and fills it through the core's administration use cases. */
    @Setup(Level.Trial)
    public void populate() {
        String url = System.getenv(URL_VARIABLE);
        populate(url == null || url.isBlank() ? DEFAULT_URL : url);
    }

    void populate(String url) {
        schema = BenchmarkSchema.create(url);
        try {
            String[] stored;
            try (Database loading = Database.open(DatabaseSettings.of(schema.loadingUrl(), null, null))) {
                stored = bulkLoad(loading.dataSource(), clients);
            }
            database = Database.open(DatabaseSettings.of(schema.url(), null, null));
            core = switch (lookup == null ? "join" : lookup) {
                case "join" -> DatabaseCore.over(database.stores());
                case "two-queries" -> DatabaseCore.overTwoQueries(database.stores());
                default -> throw new IllegalArgumentException("lookup is join or two-queries: " + lookup);
            };
            keys = KeyPopulation.stored(core, stored, 42L, CHECKED_KEYS);
        } catch (RuntimeException | Error e) {
            dropSchema();
            throw e;
        }
    }

    /**
     * Stores {@code count} clients with one active key each in two statements (clients from {@code
     * generate_series}, keys from arrays), as the core would store them (the same columns, hashes and display
     * prefixes), and returns the keys' plain texts. Each key's "last used" time is set a day ahead, so that no
     * once-a-minute write falls inside the measurement however long the set-up took.
     */
    static String[] bulkLoad(DataSource dataSource, int count) {
        String[] plain = new String[count];
        Long[] clientIds = new Long[count];
        String[] prefixes = new String[count];
        String[] hashes = new String[count];
        RandomSource random = RandomSource.secure();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insertClients = connection.prepareStatement(
                    "INSERT INTO clients (name, name_key, email, email_key, description, active, created_at, updated_at)"
                            + " SELECT 'bench-client-' || g, 'bench-client-' || g, 'bench-client-' || g ||"
                            + " '@bench.vigint.invalid', 'bench-client-' || g || '@bench.vigint.invalid', NULL, TRUE,"
                            + " now(), now() FROM generate_series(1, ?) g ORDER BY g RETURNING id")) {
                insertClients.setInt(1, count);
                try (ResultSet ids = insertClients.executeQuery()) {
                    for (int i = 0; i < count; i++) {
                        if (!ids.next()) {
                            throw new IllegalStateException("fewer clients than asked for");
                        }
                        clientIds[i] = ids.getLong(1);
                    }
                }
            }
            for (int i = 0; i < count; i++) {
                plain[i] = ApiKeyFormat.generate(random);
                prefixes[i] = ApiKeyFormat.displayPrefix(plain[i]);
                hashes[i] = KeyHash.of(plain[i]).hex();
            }
            try (PreparedStatement insertKeys = connection.prepareStatement(
                    "INSERT INTO api_keys (client_id, name, prefix, key_hash, status, created_at, last_used_at,"
                            + " expires_at, legacy)"
                            + " SELECT k.client_id, 'default', k.prefix, k.key_hash, 'ACTIVE', now(),"
                            + " now() + INTERVAL '1 day', NULL, FALSE"
                            + " FROM unnest(?::bigint[], ?::text[], ?::text[]) AS k(client_id, prefix, key_hash)")) {
                insertKeys.setArray(1, connection.createArrayOf("bigint", clientIds));
                insertKeys.setArray(2, connection.createArrayOf("text", prefixes));
                insertKeys.setArray(3, connection.createArrayOf("text", hashes));
                insertKeys.executeUpdate();
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the benchmark's clients and keys", e);
        }
        return plain;
    }

    /** Closes the connection pool and drops the schema. */
    @TearDown(Level.Trial)
    public void dropSchema() {
        try {
            if (database != null) {
                database.close();
            }
        } finally {
            database = null;
            schema.drop();
        }
    }
}
