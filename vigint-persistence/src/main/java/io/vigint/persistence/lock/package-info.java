/** SQL for job locks: PostgreSQL session-level advisory locks ({@code JobLockMapper.xml}). */
package io.vigint.persistence.lock;
