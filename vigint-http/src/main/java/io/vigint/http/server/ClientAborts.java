package io.vigint.http.server;

import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Filter;
import org.glassfish.grizzly.Connection;

/**
 * Recognises a client that went away mid-request or mid-response (closed or reset its connection): not a
 * server error, worth one WARN line without a stack trace instead of Jersey's two SEVERE records with
 * stack traces ("An I/O error has occurred while writing a response message entity…", "Error while
 * closing the output stream…").
 */
final class ClientAborts {
    /** Jersey's logger of response-writing failures (kept here so that its filter is not collected). */
    private static final java.util.logging.Logger JERSEY_RESPONDER =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");

    private static final ThreadLocal<Boolean> SEEN = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private static final int MAX_DEPTH = 20;

    private ClientAborts() {}

    /**
     * Drops Jersey's records of response-writing failures that are client aborts, noting them for the
     * thread's request instead ({@link #takeSeen()}). Other records pass.
     */
    static synchronized void quietJerseyWriteErrors() {
        Filter existing = JERSEY_RESPONDER.getFilter();
        if (existing instanceof AbortFilter) {
            return;
        }
        JERSEY_RESPONDER.setFilter(new AbortFilter(existing));
    }

    /** Forgets an abort noted on this thread (call before running a request). */
    static void clearSeen() {
        SEEN.set(Boolean.FALSE);
    }

    /** Whether Jersey reported a client abort on this thread since {@link #clearSeen()}; clears it. */
    static boolean takeSeen() {
        boolean seen = SEEN.get();
        SEEN.set(Boolean.FALSE);
        return seen;
    }

    /**
     * Whether {@code t} says the peer closed or reset the connection: an {@link EOFException}, or an
     * {@link IOException} about a broken pipe, a reset or a closed connection, anywhere in its causes.
     */
    static boolean isAbort(Throwable t) {
        Throwable current = t;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof EOFException) {
                return true;
            }
            if (current instanceof IOException && !(current instanceof BodyTooLargeException)) {
                String message = String.valueOf(current.getMessage()).toLowerCase(Locale.ROOT);
                if (message.contains("broken pipe")
                        || message.contains("connection reset")
                        || message.contains("connection is closed")
                        || message.contains("connection closed")
                        || message.contains("locally closed")) {
                    return true;
                }
            }
            if (current.getCause() == current) {
                break;
            }
            current = current.getCause();
        }
        return false;
    }

    /** {@link #isAbort(Throwable)}, or any I/O failure once {@code connection} is closed. */
    static boolean isAbort(Throwable t, Connection<?> connection) {
        return isAbort(t) || (!connection.isOpen() && hasIoCause(t));
    }

    private static boolean hasIoCause(Throwable t) {
        Throwable current = t;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof IOException) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static final class AbortFilter implements Filter {
        private final Filter next;

        AbortFilter(Filter next) {
            this.next = next;
        }

        @Override
        public boolean isLoggable(java.util.logging.LogRecord record) {
            if (record.getThrown() != null && isAbort(record.getThrown())) {
                SEEN.set(Boolean.TRUE);
                return false;
            }
            return next == null || next.isLoggable(record);
        }
    }
}
