package io.vigint.core.usage;

import io.vigint.core.error.VigintException;

/**
 * Where metered calls and frame ingest are recorded. {@link #record} and {@link #recordIngest} return only
 * once what they were given is durable (committed to the system of record), so a caller that answers its
 * request after they return never answers a call that a crash could leave unbilled or uncounted.
 */
public interface UsageSink {
    /**
     * Records {@code record} durably, waiting until it is.
     *
     * @throws VigintException {@code STORAGE_UNAVAILABLE} if it could not be made durable (the storage
     *     failed, refused the record, or the sink is closed); the record may then be absent
     */
    void record(UsageRecord record);

    /**
     * Adds {@code usage} (frames and bytes of one client, source and minute) to that key's count durably,
     * waiting until it is.
     *
     * @throws VigintException {@code STORAGE_UNAVAILABLE} as {@link #record}; the count may then be missing
     */
    void recordIngest(IngestUsage usage);
}
