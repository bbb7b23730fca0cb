package io.vigint.persistence;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns driver failures into the core's errors: unique violations and lost connections. Public for the
 * stores in this adapter's sub-packages; not an API for other modules.
 */
public final class SqlFailures {
    static final String CLIENT_NAME_CONSTRAINT = "uq_clients_name_key";
    static final String CLIENT_EMAIL_CONSTRAINT = "uq_clients_email_key";
    static final String USERNAME_CONSTRAINT = "uq_login_credentials_username_key";

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** H2's "connection is broken" and "database is closed". */
    private static final Set<String> H2_CONNECTION_STATES = Set.of("90067", "90098", "90121");

    private SqlFailures() {}

    /** Runs one mapper call, translating a lost connection into {@code STORAGE_UNAVAILABLE}. */
    public static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * The core error a failed client write stands for: a duplicate name or email (told apart by the
     * violated constraint), storage unavailable, or {@code failure} itself.
     */
    public static RuntimeException translateClientWrite(RuntimeException failure, String name, String email) {
        SQLException sql = firstSqlException(failure);
        if (isUniqueViolation(failure)) {
            String violated = violatedClientConstraint(sql);
            if (violated != null) {
                boolean byName = violated.equals(CLIENT_NAME_CONSTRAINT);
                String message = byName
                        ? "A client named '" + name + "' already exists"
                        : "A client with email '" + email + "' already exists";
                ErrorCode code = byName ? CoreErrorCode.DUPLICATE_CLIENT_NAME : CoreErrorCode.DUPLICATE_CLIENT_EMAIL;
                return taken(code, message, byName ? "name" : "email", failure);
            }
        }
        return translate(failure);
    }

    /** The core error a failed login write stands for: a taken username, storage unavailable, or {@code failure}. */
    public static RuntimeException translateLoginWrite(RuntimeException failure, String username) {
        SQLException sql = firstSqlException(failure);
        if (isUniqueViolation(failure)
                && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(USERNAME_CONSTRAINT)) {
            return taken(
                    CoreErrorCode.DUPLICATE_USERNAME, "The username '" + username + "' is taken", "username", failure);
        }
        return translate(failure);
    }

    /** A unique value already stored: the error names the request field that carried it. */
    private static VigintException taken(ErrorCode code, String message, String field, RuntimeException failure) {
        return new VigintException(code, message, Map.of("field", field), failure);
    }

    /** {@code STORAGE_UNAVAILABLE} if the failure comes from a lost or unobtainable connection, else itself. */
    public static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof VigintException) {
            return failure;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isConnectionFailure(sql)) {
                return new VigintException(
                        CoreErrorCode.STORAGE_UNAVAILABLE,
                        CoreErrorCode.STORAGE_UNAVAILABLE.defaultMessage(),
                        Map.of(),
                        failure);
            }
        }
        return failure;
    }

    /** True if the first SQL exception in {@code failure}'s causes is a unique-constraint violation. */
    public static boolean isUniqueViolation(Throwable failure) {
        SQLException sql = firstSqlException(failure);
        return sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }

    /** True if the first SQL exception in {@code failure}'s causes is a foreign-key violation. */
    public static boolean isForeignKeyViolation(Throwable failure) {
        SQLException sql = firstSqlException(failure);
        return sql != null && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState());
    }

    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        return sql instanceof SQLTransientConnectionException
                || sql instanceof SQLNonTransientConnectionException
                || (state != null
                        && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || H2_CONNECTION_STATES.contains(state)));
    }

    private static SQLException firstSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /**
     * Which client constraint the message names first. Both PostgreSQL and H2 name the constraint
     * (or its index) before quoting the offending values, so the first one mentioned is the one violated.
     */
    private static String violatedClientConstraint(SQLException sql) {
        String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
        int name = message.indexOf(CLIENT_NAME_CONSTRAINT);
        int email = message.indexOf(CLIENT_EMAIL_CONSTRAINT);
        if (name < 0 && email < 0) {
            return null;
        }
        if (email < 0 || (name >= 0 && name < email)) {
            return CLIENT_NAME_CONSTRAINT;
        }
        return CLIENT_EMAIL_CONSTRAINT;
    }
}
