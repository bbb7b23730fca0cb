package io.vigint.core.videofile;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipId;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps clients' video files ({@link VideoFile}), each stored completely or not at all (a reader never sees
 * half a file). Implementations must be thread-safe.
 */
public interface VideoFileStore {
    /**
     * Stores {@code content} as {@code file}.
     *
     * @throws IllegalArgumentException if {@code file.size()} is not {@code content.length}
     * @throws IllegalStateException if a file with its id exists already
     * @throws java.io.UncheckedIOException if it cannot be written (nothing is left behind)
     */
    VideoFile save(VideoFile file, byte[] content);

    /** The file with this id, if it is stored (expired or not). */
    Optional<VideoFile> find(ClipId id);

    /** The content of file {@code id}, or empty if it is not stored (any more). The caller closes the stream. */
    Optional<InputStream> open(ClipId id);

    /** The files of {@code owner}, in no particular order. */
    List<VideoFile> listOwnedBy(ClientId owner);

    /** Deletes file {@code id}; true if it was stored. */
    boolean delete(ClipId id);

    /** Deletes every file that has expired at {@code now}; returns how many were deleted. */
    int deleteExpired(Instant now);

    /** Deletes every file of {@code owner}; returns how many were deleted. */
    int deleteClient(ClientId owner);
}
