package io.vigint.memory;

import io.vigint.core.port.TransactionRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The state the in-memory stores share: one write lock and, per thread, the undo log of the open
 * transaction. Reads are lock-free; writes are serialised by the lock, and a transaction holds it
 * throughout and undoes its writes if it throws. Readers on other threads may see a transaction's writes
 * before it ends (read-uncommitted), which the core tolerates.
 */
public final class InMemoryTransactions implements TransactionRunner {
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undoLog.get() != null) {
            return work.get();
        }
        writeLock.lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        undoLog.set(undo);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            undo.forEach(Runnable::run);
            throw e;
        } finally {
            undoLog.remove();
            writeLock.unlock();
        }
    }

    /** Runs one write under the lock (re-entrant, so inside a transaction it is already held). */
    <T> T write(Supplier<T> change) {
        writeLock.lock();
        try {
            return change.get();
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs one write that returns nothing under the lock. */
    void change(Runnable change) {
        write(() -> {
            change.run();
            return null;
        });
    }

    /** Puts {@code value} under {@code key}, undone if the open transaction (if any) fails. */
    <K, V> void put(Map<K, V> map, K key, V value) {
        V previous = map.put(key, value);
        onRollback(() -> {
            if (previous == null) {
                map.remove(key);
            } else {
                map.put(key, previous);
            }
        });
    }

    /** Removes {@code key}, undone if the open transaction (if any) fails. */
    <K, V> void remove(Map<K, V> map, K key) {
        V previous = map.remove(key);
        if (previous != null) {
            onRollback(() -> map.put(key, previous));
        }
    }

    /**
     * Removes {@code key} and hands its old value to {@code alsoRemove} (to drop what indexes it), in one
     * write; false if there was nothing under {@code key}.
     */
    <K, V> boolean delete(Map<K, V> map, K key, Consumer<V> alsoRemove) {
        return write(() -> {
            V old = map.get(key);
            if (old == null) {
                return false;
            }
            remove(map, key);
            alsoRemove.accept(old);
            return true;
        });
    }

    /** The case-insensitive form of a unique name (client names and emails, usernames). */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Registers {@code undo} to run if the open transaction (if any) fails. */
    void onRollback(Runnable undo) {
        Deque<Runnable> log = undoLog.get();
        if (log != null) {
            log.push(undo);
        }
    }
}
