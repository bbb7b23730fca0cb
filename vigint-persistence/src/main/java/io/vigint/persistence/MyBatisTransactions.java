package io.vigint.persistence;

import io.vigint.core.port.TransactionRunner;
import java.sql.Connection;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionManager;

/**
 * The sessions every MyBatis store of one {@link Database} shares. Inside {@link #inTransaction} every
 * mapper call on this thread uses one session (one connection, one database transaction), whichever
 * store makes it; a call outside a transaction runs in a session of its own that commits at once.
 */
public final class MyBatisTransactions implements TransactionRunner {
    private final SqlSessionManager sessions;

    MyBatisTransactions(SqlSessionFactory factory) {
        this.sessions = SqlSessionManager.newInstance(Objects.requireNonNull(factory, "factory"));
    }

    /** A mapper that joins the thread's transaction, or runs each call in a transaction of its own. */
    <M> M mapper(Class<M> type) {
        return sessions.getMapper(type);
    }

    /**
     * Runs one read through a mapper of {@code type}: in the thread's transaction if one is open, else in a
     * session of its own in autocommit mode, which costs the statement's round trip only (a mapper call outside a
     * transaction opens a transaction, so a read there costs a second round trip for its {@code COMMIT}). Public
     * for the stores in this adapter's sub-packages.
     */
    public <M, T> T read(Class<M> type, Function<M, T> query) {
        Objects.requireNonNull(query, "query");
        if (sessions.isManagedSessionStarted()) {
            return query.apply(sessions.getMapper(type));
        }
        try (SqlSession session = sessions.openSession(true)) {
            return query.apply(session.getMapper(type));
        }
    }

    /** True when the database is H2 (embedded or remote), false on PostgreSQL. */
    boolean isH2() {
        return "h2".equals(sessions.getConfiguration().getDatabaseId());
    }

    /** A session of its own on {@code connection}, outside any transaction of these sessions. */
    SqlSession openSession(Connection connection) {
        return sessions.openSession(connection);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (sessions.isManagedSessionStarted()) {
            return work.get();
        }
        sessions.startManagedSession();
        try {
            T result = work.get();
            commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollbackAfter(e);
            throw e;
        } finally {
            sessions.close();
        }
    }

    private void commit() {
        try {
            sessions.commit(true);
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e);
        }
    }

    private void rollbackAfter(Throwable failure) {
        try {
            sessions.rollback(true);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
