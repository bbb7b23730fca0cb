package io.vigint.persistence.lock;

import org.apache.ibatis.annotations.Param;

/**
 * PostgreSQL advisory locks, held by the database session (connection) that takes them; the
 * statements are in {@code JobLockMapper.xml} beside this type's package. Not mapped on H2.
 */
public interface JobLockMapper {
    /** The schema the session works in, which the lock key includes. */
    String currentSchema();

    /** {@code pg_try_advisory_lock(key)}: true if this session now holds the lock. */
    boolean tryLock(@Param("key") long key);

    /** {@code pg_advisory_unlock(key)}: true if this session held the lock and released it. */
    boolean unlock(@Param("key") long key);
}
