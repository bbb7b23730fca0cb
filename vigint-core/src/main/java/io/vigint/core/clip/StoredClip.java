package io.vigint.core.clip;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.time.Instant;

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
        Checks.nonNull("id clientId createdAt", id, clientId, createdAt);
    }
}
