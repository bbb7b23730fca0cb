package io.vigint.core.schedule;

import java.util.Optional;

/**
 * A named lock shared by every process that uses the same storage, taken without waiting. It keeps
 * two servers from starting the same scheduled job at the same moment; it is an efficiency guard, not
 * what makes a job correct (the job itself must be safe to run twice).
 *
 * <p>A lock is held until its {@link Held} handle is closed, or until the process that holds it dies
 * (the storage then releases it). It is not re-entrant: a second {@code tryLock} of a held name fails
 * even in the holding process. Implementations are thread-safe.
 */
public interface JobLock {
    /**
     * Takes the lock {@code name} if nobody holds it.
     *
     * @param name the job's name, e.g. {@code invoice-run}; 1 to 100 characters
     * @return the handle that releases the lock when closed, or empty if someone else holds it
     * @throws io.vigint.core.error.VigintException {@code STORAGE_UNAVAILABLE} if the storage cannot
     *     be asked
     * @throws IllegalArgumentException if {@code name} is blank or too long
     */
    Optional<Held> tryLock(String name);

    /** A lock that is held; closing it releases the lock (closing again does nothing). */
    interface Held extends AutoCloseable {
        /** The name of the lock held. */
        String name();

        /** Releases the lock; never throws (a lock that cannot be released is logged and dropped). */
        @Override
        void close();
    }

    /** Checks a lock name: 1 to 100 characters, not blank. */
    static String checkedName(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a lock name has 1 to 100 characters, got: " + name);
        }
        return name;
    }
}
