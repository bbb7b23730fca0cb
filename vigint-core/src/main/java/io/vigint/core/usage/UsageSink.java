package io.vigint.core.usage;

import io.vigint.core.error.VigintException;

/**
 * Where metered calls are recorded. {@link #record} returns only once the record is durable (committed to
 * the system of record), so a caller that answers its request after it returns never answers a call that
 * a crash could leave unbilled.
 */
public interface UsageSink {
    /**
     * Records {@code record} durably, waiting until it is.
     *
     * @throws VigintException {@code STORAGE_UNAVAILABLE} if it could not be made durable (the storage
     *     failed, refused the record, or the sink is closed); the record may then be absent
     */
    void record(UsageRecord record);
}
