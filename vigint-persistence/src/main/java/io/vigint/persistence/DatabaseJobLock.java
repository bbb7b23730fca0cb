package io.vigint.persistence;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.schedule.JobLock;
import io.vigint.persistence.lock.JobLockMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link JobLock} over PostgreSQL session-level advisory locks ({@code pg_try_advisory_lock}), so that
 * of several servers sharing a database one runs a scheduled job. Each lock gets a connection of its
 * own, opened outside the pool and held until the lock is released: the lock lives exactly as long as
 * that connection, so a crashed server's lock goes with its connection, and a long job never takes a
 * connection from the request pool.
 *
 * <p>The 64-bit lock key is the first 8 bytes of SHA-256 over the session's schema and the lock name,
 * so deployments in different schemas of one database do not block each other.
 */
public final class DatabaseJobLock implements JobLock {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseJobLock.class);

    private final DatabaseSettings settings;
    private final Function<Connection, SqlSession> sessions;

    DatabaseJobLock(DatabaseSettings settings, Function<Connection, SqlSession> sessions) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public Optional<Held> tryLock(String name) {
        String checked = JobLock.checkedName(name);
        Connection connection = connect();
        SqlSession session = null;
        try {
            session = sessions.apply(connection);
            JobLockMapper mapper = session.getMapper(JobLockMapper.class);
            long key = key(mapper.currentSchema(), checked);
            if (!mapper.tryLock(key)) {
                closeQuietly(session, connection);
                return Optional.empty();
            }
            LOG.debug("Took job lock {} (key {})", checked, key);
            return Optional.of(new PostgresHeld(checked, key, session, connection));
        } catch (RuntimeException e) {
            closeQuietly(session, connection);
            throw unavailable(checked, e);
        }
    }

    /** The advisory-lock key of {@code name} in {@code schema}. */
    static long key(String schema, String name) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(
                    ("vigint-job-lock\u0000" + schema + "\u0000" + name).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private Connection connect() {
        try {
            return DirectConnections.open(settings, "vigint-job-lock");
        } catch (SQLException e) {
            throw new VigintException(
                    CoreErrorCode.STORAGE_UNAVAILABLE,
                    "cannot connect to " + settings.safeUrl() + " for a job lock: " + e.getMessage(),
                    Map.of(),
                    e);
        }
    }

    private VigintException unavailable(String name, RuntimeException cause) {
        return new VigintException(
                CoreErrorCode.STORAGE_UNAVAILABLE,
                "cannot take job lock " + name + " on " + settings.safeUrl(),
                Map.of(),
                cause);
    }

    private static void closeQuietly(SqlSession session, Connection connection) {
        try {
            if (session != null) {
                session.close();
            }
        } catch (RuntimeException e) {
            LOG.debug("Closing a job-lock session failed: {}", e.toString());
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing a job-lock connection failed: {}", e.getMessage());
        }
    }

    /** The message of the innermost cause, on one line (MyBatis wraps driver errors in several lines). */
    private static String innermostMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    /** A held advisory lock: unlocks, then closes its connection (which would release it anyway). */
    private static final class PostgresHeld implements Held {
        private final String name;
        private final long key;
        private final SqlSession session;
        private final Connection connection;
        private final AtomicBoolean open = new AtomicBoolean(true);

        PostgresHeld(String name, long key, SqlSession session, Connection connection) {
            this.name = name;
            this.key = key;
            this.session = session;
            this.connection = connection;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void close() {
            if (!open.compareAndSet(true, false)) {
                return;
            }
            try {
                if (!session.getMapper(JobLockMapper.class).unlock(key)) {
                    LOG.warn("Job lock {} was no longer held when released (its connection was lost)", name);
                }
            } catch (RuntimeException e) {
                LOG.warn(
                        "Releasing job lock {} failed ({}); closing its connection releases it",
                        name,
                        innermostMessage(e));
            } finally {
                closeQuietly(session, connection);
            }
        }
    }
}
