package io.vigint.benchmarks;

import io.vigint.persistence.Database;
import io.vigint.persistence.DatabaseSettings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * API-key verification over PostgreSQL through the MyBatis adapter: hash, lookup by hash, client lookup, each a
 * query on a pooled connection. Each trial migrates a fresh schema of the database named by
 * {@value #URL_VARIABLE} (default {@value #DEFAULT_URL}), creates {@link #clients} clients with one key
 * each, authenticates every key once (so the once-a-minute "last used" write is done before measuring), and
 * drops the schema at the end. Loading goes through its own pool with {@code synchronous_commit} off, which
 * saves a disk flush per created client; the measured core has a fresh pool with the server's defaults.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PostgresKeyVerificationBenchmark extends KeyVerificationBenchmark {
    /** Environment variable holding the JDBC URL of the database to benchmark against. */
    public static final String URL_VARIABLE = "VIGINT_BENCH_POSTGRES_URL";
    /** The URL used when {@value #URL_VARIABLE} is unset. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

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
            try (Database loading = Database.open(DatabaseSettings.of(schema.loadingUrl(), null, null))) {
                keys = KeyPopulation.create(DatabaseCore.over(loading.stores()), clients, 42L);
            }
            database = Database.open(DatabaseSettings.of(schema.url(), null, null));
            core = DatabaseCore.over(database.stores());
        } catch (RuntimeException | Error e) {
            dropSchema();
            throw e;
        }
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
