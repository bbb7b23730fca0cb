package io.vigint.http.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in a PostgreSQL table, shared by every server on the database (Bucket4j's
 * {@code SELECT … FOR UPDATE} proxy manager: each request is one short transaction on the bucket's row).
 * The table must exist; its DDL is {@link #createTableSql(String)} (run it from a migration, or call
 * {@link #createTable()}). Rows of buckets that have refilled are deleted once a minute by a daemon thread
 * that {@link #close()} stops.
 */
public final class PostgresRateLimiter extends Bucket4jRateLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresRateLimiter.class);
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int CLEANUP_BATCH = 1000;
    private static final int CLEANUP_MAX_BATCHES = 100;

    private final DataSource dataSource;
    private final String table;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final ScheduledExecutorService cleaner;

    /** A limiter over {@link RateLimitSettings#DEFAULT_POSTGRES_TABLE}. */
    public PostgresRateLimiter(DataSource dataSource) {
        this(dataSource, RateLimitSettings.DEFAULT_POSTGRES_TABLE);
    }

    /** A limiter over {@code table} (a plain lower-case name) in the data source's current schema. */
    public PostgresRateLimiter(DataSource dataSource, String table) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = checkTable(table);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(table)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(EXPIRATION)
                .build();
        this.cleaner = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vigint-rate-limit-cleaner");
            thread.setDaemon(true);
            return thread;
        });
        cleaner.scheduleWithFixedDelay(this::removeExpired, 1, 1, TimeUnit.MINUTES);
    }

    /** The DDL of the bucket table: {@code CREATE TABLE IF NOT EXISTS <table> (…)}. */
    public static String createTableSql(String table) {
        return "CREATE TABLE IF NOT EXISTS " + checkTable(table)
                + " (id VARCHAR(255) PRIMARY KEY, state BYTEA, expires_at BIGINT)";
    }

    /** Creates this limiter's table unless it exists. */
    public void createTable() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(createTableSql(table));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the rate-limit table " + table, e);
        }
    }

    @Override
    Bucket bucket(String storageKey, BucketConfiguration configuration) {
        return buckets.builder().build(storageKey, () -> configuration);
    }

    /** Deletes the rows of buckets that have refilled; returns how many. */
    int removeExpired() {
        int removed = 0;
        try {
            for (int batch = 0; batch < CLEANUP_MAX_BATCHES; batch++) {
                int count = buckets.removeExpired(CLEANUP_BATCH);
                removed += count;
                if (count < CLEANUP_BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not delete expired rate-limit buckets from {}: {}", table, e.toString());
        }
        return removed;
    }

    @Override
    public void close() {
        cleaner.shutdownNow();
    }

    private static String checkTable(String table) {
        if (table == null || !TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a plain lower-case table name: " + table);
        }
        return table;
    }
}
