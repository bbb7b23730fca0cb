package io.vigint.core.clip;

import io.vigint.core.client.ClientId;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link ClipStore} knows about one clip.
 *
 * @param id the clip's id
 * @param clientId the client the clip belongs to
 * @param createdAt when it was stored (retention counts from here)
 * @param size its length in bytes
 */
public record StoredClip(ClipId id, ClientId clientId, Instant createdAt, long size) {
    public StoredClip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
