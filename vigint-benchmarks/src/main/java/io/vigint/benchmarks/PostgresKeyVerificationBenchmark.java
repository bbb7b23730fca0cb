package io.vigint.benchmarks;

import io.vigint.core.auth.AuthenticationResult;
import io.vigint.memory.VigintCore;
import io.vigint.persistence.Database;
import io.vigint.persistence.DatabaseSettings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * API-key verification over PostgreSQL through the MyBatis adapter: hash, lookup by hash, client lookup, each a
 * query on a pooled connection. Each trial migrates a fresh schema of the database named by
 * {@value #URL_VARIABLE} (default {@value #DEFAULT_URL}), creates {@link Storage#clients} clients with one key
 * each, authenticates every key once (so the once-a-minute "last used" write is done before measuring), and
 * drops the schema at the end. Loading goes through its own pool with {@code synchronous_commit} off, which
 * saves a disk flush per created client; the measured core has a fresh pool with the server's defaults.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PostgresKeyVerificationBenchmark {
    /** Environment variable holding the JDBC URL of the database to benchmark against. */
    public static final String URL_VARIABLE = "VIGINT_BENCH_POSTGRES_URL";
    /** The URL used when {@value #URL_VARIABLE} is unset. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    /** The core over a freshly migrated PostgreSQL schema, preloaded with clients and keys. */
    @State(Scope.Benchmark)
    public static class Storage {
        /** How many clients (one key each) the database holds. */
        @Param("10000")
        public int clients;

        BenchmarkSchema schema;
        Database database;
        VigintCore core;
        KeyPopulation keys;

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

    /** A known, active key of an active client, a different one each call: accepted. */
    @Benchmark
    public AuthenticationResult knownKey(Storage storage, KeyCursor cursor) {
        return storage.core.authentication().authenticate(storage.keys.knownKey(cursor.next(storage.keys.size())));
    }

    /** A well-formed key that was never issued: hashed, looked up (an index miss), refused. */
    @Benchmark
    public AuthenticationResult unknownKey(Storage storage) {
        return storage.core.authentication().authenticate(storage.keys.unknownKey());
    }
}
