package io.vigint.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.schedule.InProcessJobLock;
import io.vigint.core.schedule.JobLock;
import io.vigint.core.util.OwnerOnlyFiles;
import io.vigint.persistence.access.AccessChangeMapper;
import io.vigint.persistence.client.ClientMapper;
import io.vigint.persistence.idempotency.IdempotencyMapper;
import io.vigint.persistence.key.ApiKeyMapper;
import io.vigint.persistence.lock.JobLockMapper;
import io.vigint.persistence.login.LoginMapper;
import io.vigint.persistence.mail.EmailConfigMapper;
import io.vigint.persistence.migration.V009__drop_idempotency_records_holding_secrets;
import io.vigint.persistence.operator.OperatorKeyMapper;
import io.vigint.persistence.settings.ClientSettingsMapper;
import io.vigint.persistence.usage.UsageMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open database: a small HikariCP pool, the schema migrated to the latest Flyway version, the
 * {@link MyBatisStorage} over it and, when first asked for, its {@link DatabaseAccessChanges}. Open
 * one per process and close it on shutdown.
 *
 * <pre>{@code
 * try (Database db = Database.open(DatabaseSettings.embedded(Path.of("vigint-data")))) {
 *     VigintCore vigint = VigintCore.builder()
 *             .storage(db.storage())
 *             .accessChanges(db.accessChanges())
 *             .build();
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static final int MAX_POOL_SIZE = 10;
    static final long CONNECTION_TIMEOUT_MILLIS = TimeUnit.SECONDS.toMillis(5);
    private static final String POSTGRESQL_CONNECT_TIMEOUT_SECONDS = "5";
    private static final String MYBATIS_CONFIG = "io/vigint/persistence/mybatis-config.xml";
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final String H2_FILE_PREFIX = "jdbc:h2:file:";

    /** H2 job locks, per database URL: an embedded database belongs to one process. */
    private static final Map<String, JobLock> IN_PROCESS_LOCKS = new ConcurrentHashMap<>();

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final MyBatisStorage storage;
    /** Guarded by {@code this}. */
    private DatabaseAccessChanges accessChanges;
    /** Guarded by {@code this}. */
    private boolean closed;

    private Database(DatabaseSettings settings, HikariDataSource pool, MyBatisStorage storage) {
        this.settings = settings;
        this.pool = pool;
        this.storage = storage;
    }

    /** The system property H2 reads, once, for the address its servers (the auto-server too) listen on. */
    static final String H2_BIND_ADDRESS = "h2.bindAddress";

    /** H2 files that hold data: the store, its lock (with the auto-server's address) and its trace. */
    private static final List<String> H2_FILE_SUFFIXES = List.of(".mv.db", ".lock.db", ".trace.db", ".h2.db");

    static {
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
    }

    /**
     * Connects, migrates the schema and prepares the storage. For an H2 file database the directory
     * is created when missing, owner-only ({@code 0700}), the database's files are restricted to their
     * owner ({@code 0600}), and the auto-server that lets a second process (the CLI) in listens on the
     * loopback address only (H2's {@value #H2_BIND_ADDRESS}, set to {@code 127.0.0.1} unless the JVM was
     * started with it).
     *
     * @throws VigintException {@code STORAGE_UNAVAILABLE} with a one-line message naming the URL
     *     (password masked) and the cause, if the database cannot be reached or migrated
     */
    public static Database open(DatabaseSettings settings) {
        Objects.requireNonNull(settings, "settings");
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
            MyBatisStorage storage = new MyBatisStorage(sessionFactory(pool));
            restrictH2Files(settings);
            LOG.info("Opened database {} ({} migration(s) applied)", settings.safeUrl(), applied);
            return new Database(settings, pool, storage);
        } catch (RuntimeException e) {
            pool.close();
            throw unavailable(settings, "cannot migrate the database at ", e);
        }
    }

    /** The storage ports over this database. */
    public MyBatisStorage storage() {
        return storage;
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
            accessChanges = new DatabaseAccessChanges(storage, settings);
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
        return new DatabaseJobLock(settings, storage::openSession);
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

    private static SqlSessionFactory sessionFactory(DataSource dataSource) {
        Configuration configuration;
        try (InputStream xml = Database.class.getClassLoader().getResourceAsStream(MYBATIS_CONFIG)) {
            if (xml == null) {
                throw new IllegalStateException(MYBATIS_CONFIG + " is missing from the classpath");
            }
            configuration = new XMLConfigBuilder(xml, null, new Properties()).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        configuration.setEnvironment(new Environment("vigint", new JdbcTransactionFactory(), dataSource));
        configuration.setDatabaseId(databaseId(dataSource));
        // Loads io/vigint/persistence/<table>/<Mapper>.xml beside each interface.
        configuration.addMapper(ClientMapper.class);
        configuration.addMapper(ApiKeyMapper.class);
        configuration.addMapper(LoginMapper.class);
        configuration.addMapper(OperatorKeyMapper.class);
        configuration.addMapper(ClientSettingsMapper.class);
        configuration.addMapper(IdempotencyMapper.class);
        configuration.addMapper(AccessChangeMapper.class);
        configuration.addMapper(EmailConfigMapper.class);
        configuration.addMapper(io.vigint.persistence.client.EmailChangeMapper.class);
        configuration.addMapper(JobLockMapper.class);
        configuration.addMapper(UsageMapper.class);
        configuration.addMapper(io.vigint.persistence.billing.BillingMapper.class);
        configuration.addMapper(io.vigint.persistence.mailqueue.MailQueueMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    private static String databaseId(DataSource dataSource) {
        Properties vendors = new Properties();
        vendors.setProperty("PostgreSQL", "postgresql");
        vendors.setProperty("H2", "h2");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider.getDatabaseId(dataSource);
    }

    /** The path of an H2 file database without H2's suffixes, or {@code null} for other URLs. */
    private static Path h2Location(DatabaseSettings settings) {
        if (!settings.url().startsWith(H2_FILE_PREFIX)) {
            return null;
        }
        String location = settings.url().substring(H2_FILE_PREFIX.length());
        int options = location.indexOf(';');
        if (options >= 0) {
            location = location.substring(0, options);
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        return Path.of(location).toAbsolutePath();
    }

    private static void createH2Directory(DatabaseSettings settings) {
        try {
            Path location = h2Location(settings);
            Path parent = location == null ? null : location.getParent();
            if (parent != null) {
                OwnerOnlyFiles.createDirectories(parent);
            }
        } catch (IOException | InvalidPathException e) {
            throw unavailable(settings, "cannot create the data directory for ", e);
        }
    }

    /** Restricts the files of an H2 file database to their owner; a failure is logged, not fatal. */
    private static void restrictH2Files(DatabaseSettings settings) {
        Path location = h2Location(settings);
        if (location == null || location.getParent() == null) {
            return;
        }
        for (String suffix : H2_FILE_SUFFIXES) {
            Path file = location.resolveSibling(location.getFileName() + suffix);
            try {
                OwnerOnlyFiles.restrict(file);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot restrict {} to its owner: {}", file, e.toString());
            }
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
