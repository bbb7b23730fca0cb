package io.vigint.core.clip;

import io.vigint.core.client.ClientId;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps incident clips, each with the client that owns it and when it was stored. A clip is either
 * stored completely or not at all (a reader never sees half a clip). Implementations must be
 * thread-safe.
 */
public interface ClipStore {
    /**
     * Stores {@code content} as clip {@code id} of {@code clientId}.
     *
     * @throws IllegalStateException if a clip with this id exists already
     * @throws java.io.UncheckedIOException if it cannot be written (nothing is left behind)
     */
    StoredClip save(ClipId id, ClientId clientId, Instant createdAt, byte[] content);

    /** The clip with this id, if it is stored. */
    Optional<StoredClip> find(ClipId id);

    /**
     * The content of clip {@code id}, or empty if it is not stored (any more). The caller closes the
     * stream.
     */
    Optional<InputStream> open(ClipId id);

    /** The clips of {@code clientId}, in no particular order. */
    List<StoredClip> listClient(ClientId clientId);

    /** Deletes clip {@code id}; true if it was stored. */
    boolean delete(ClipId id);

    /** Deletes every clip stored before {@code cutoff}; returns how many were deleted. */
    int deleteCreatedBefore(Instant cutoff);

    /** Deletes every clip of {@code clientId}; returns how many were deleted. */
    int deleteClient(ClientId clientId);
}
