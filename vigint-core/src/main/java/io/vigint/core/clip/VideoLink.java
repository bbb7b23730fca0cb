package io.vigint.core.clip;

import io.vigint.core.util.Checks;
import java.time.Instant;

/**
 * A signed link to a clip.
 *
 * @param url the full URL, token included (a capability: whoever has it can fetch the clip)
 * @param expiresAt when the link stops working
 */
public record VideoLink(String url, Instant expiresAt) {
    public VideoLink {
        Checks.nonNull("url expiresAt", url, expiresAt);
    }
}
