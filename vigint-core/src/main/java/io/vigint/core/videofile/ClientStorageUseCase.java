package io.vigint.core.videofile;

import io.vigint.core.client.ClientId;

/** A client's own view of what it keeps on the server: never the server's disk, never another client's files. */
public interface ClientStorageUseCase {
    /** What {@code client} keeps, by kind. */
    StorageUsage usage(ClientId client);

    /** The most bytes one client may keep. */
    long quotaBytes();

    /** Deletes the client's own files that {@code command} names. */
    CleanupResult cleanup(CleanupCommand command);
}
