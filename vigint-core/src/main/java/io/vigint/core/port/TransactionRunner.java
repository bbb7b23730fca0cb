package io.vigint.core.port;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically against the storage ports: either every write inside it is kept, or
 * (when it throws) none is. A call made while a transaction is already open on this thread joins it.
 */
@FunctionalInterface
public interface TransactionRunner {
    /** Runs {@code work} in a transaction and returns its result; exceptions propagate after rollback. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in a transaction. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
