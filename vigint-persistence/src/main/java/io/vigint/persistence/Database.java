package io.vigint.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.schedule.InProcessJobLock;
import io.vigint.core.schedule.JobLock;
import io.vigint.persistence.migration.V009__drop_idempotency_records_holding_secrets;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open database: a small HikariCP pool, the schema migrated to the latest Flyway version, the
 * {@link MyBatisStores} over it and, when first asked for, its {@link DatabaseAccessChanges}. Open
 * one per process and close it on shutdown.
 *
 * <pre>{@code
 * try (Database db = Database.open(DatabaseSettings.embedded(Path.of("vigint-data")))) {
 *     MyBatisStores stores = db.stores();
 *     stores.clients().insert(newClient);
 *     db.accessChanges().subscribe(clientId -> cache.forget(clientId));
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static final int MAX_POOL_SIZE = 10;
    static final long CONNECTION_TIMEOUT_MILLIS = TimeUnit.SECONDS.toMillis(5);
    private static final String POSTGRESQL_CONNECT_TIMEOUT_SECONDS = "5";
    private static final String MIGRATIONS = "classpath:db/migration";

    /** H2 job locks, per database URL: an embedded database belongs to one process. */
    private static final Map<String, JobLock> IN_PROCESS_LOCKS = new ConcurrentHashMap<>();

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final MyBatisStores stores;
    private final Clock clock;
    /** Guarded by {@code this}. */
    private DatabaseAccessChanges accessChanges;
    /** Guarded by {@code this}. */
    private boolean closed;

    static {
        H2Files.bindToLoopbackUnlessSet();
    }

    private Database(DatabaseSettings settings, HikariDataSource pool, MyBatisStores stores, Clock clock) {
        this.settings = settings;
        this.pool = pool;
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * Connects, migrates the schema and prepares the storage. For an H2 file database the directory
     * is created when missing, owner-only ({@code 0700}), the database's files are restricted to their
     * owner ({@code 0600}), and the auto-server that lets a second process (the CLI) in listens on the
     * loopback address only (H2's {@code h2.bindAddress}, set to {@code 127.0.0.1} unless the JVM was
     * started with it). Access changes are stamped by the system UTC clock.
     *
     * @throws VigintException {@code STORAGE_UNAVAILABLE} with a one-line message naming the URL
     *     (password masked) and the cause, if the database cannot be reached or migrated
     */
    public static Database open(DatabaseSettings settings) {
        return open(settings, Clock.systemUTC());
    }

    /** As {@link #open(DatabaseSettings)}, with access changes stamped and purged by {@code clock}. */
    public static Database open(DatabaseSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        createH2Directory(settings);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(settings));
        } catch (RuntimeException e) {
            throw unavailable(settings, "cannot connect to ", e);
        }
        try {
            int applied = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .javaMigrations(new V009__drop_idempotency_records_holding_secrets())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
            MyBatisStores stores = new MyBatisStores(new MyBatisTransactions(MyBatisSetup.sessionFactory(pool)));
            H2Files.restrict(settings);
            LOG.info("Opened database {} ({} migration(s) applied)", settings.safeUrl(), applied);
            return new Database(settings, pool, stores, clock);
        } catch (RuntimeException e) {
            pool.close();
            throw unavailable(settings, "cannot migrate the database at ", e);
        }
    }

    /** The storage ports over this database, one store each, sharing one set of sessions. */
    public MyBatisStores stores() {
        return stores;
    }

    /**
     * The access changes of every process sharing this database: the notifier to give the core and
     * the feed for credential caches. Created on first call, closed with this database.
     *
     * @throws IllegalStateException if this database is closed
     */
    public synchronized DatabaseAccessChanges accessChanges() {
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
        if (accessChanges == null) {
            accessChanges = new DatabaseAccessChanges(stores.transactions(), settings, clock);
        }
        return accessChanges;
    }

    /**
     * The lock that lets one of several servers on this database run a scheduled job: PostgreSQL
     * advisory locks ({@link DatabaseJobLock}); on H2, a lock shared by every handle on the same URL in
     * this JVM, since an embedded database serves one process.
     */
    public JobLock jobLock() {
        if (settings.isH2()) {
            return IN_PROCESS_LOCKS.computeIfAbsent(settings.url(), url -> new InProcessJobLock());
        }
        return new DatabaseJobLock(settings, stores.transactions()::openSession);
    }

    /** The connection pool, for tools and tests that need plain JDBC. */
    public DataSource dataSource() {
        return pool;
    }

    /** What this database was opened with. */
    public DatabaseSettings settings() {
        return settings;
    }

    /**
     * Stops the access change feed, then closes the pool; an embedded H2 database is closed once its
     * last connection is.
     */
    @Override
    public void close() {
        DatabaseAccessChanges changes;
        synchronized (this) {
            closed = true;
            changes = accessChanges;
        }
        if (changes != null) {
            changes.close();
        }
        pool.close();
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("vigint");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(MAX_POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(TimeUnit.SECONDS.toMillis(3));
        if (!settings.isH2()) {
            // URL parameters still win over these defaults.
            config.addDataSourceProperty("connectTimeout", POSTGRESQL_CONNECT_TIMEOUT_SECONDS);
            config.addDataSourceProperty("ApplicationName", "vigint");
        }
        return config;
    }

    private static void createH2Directory(DatabaseSettings settings) {
        try {
            H2Files.createDirectory(settings);
        } catch (IOException | InvalidPathException e) {
            throw unavailable(settings, "cannot create the data directory for ", e);
        }
    }

    private static VigintException unavailable(DatabaseSettings settings, String what, Exception cause) {
        String message = what + settings.safeUrl() + ": " + hidePassword(settings, causeMessage(cause));
        return new VigintException(CoreErrorCode.STORAGE_UNAVAILABLE, oneLine(message), Map.of(), cause);
    }

    /** The message of the innermost SQL exception (drivers say most there), else of the root cause. */
    private static String causeMessage(Throwable failure) {
        String sqlMessage = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null) {
                sqlMessage = t.getMessage();
            }
            root = t;
        }
        if (sqlMessage != null) {
            return sqlMessage;
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getName();
    }

    private static String hidePassword(DatabaseSettings settings, String text) {
        String password = settings.password();
        return password == null || password.isEmpty() ? text : text.replace(password, "****");
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
