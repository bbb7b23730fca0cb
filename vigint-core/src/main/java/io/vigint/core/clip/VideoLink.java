package io.vigint.core.clip;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed link to a clip.
 *
 * @param url the full URL, token included (a capability: whoever has it can fetch the clip)
 * @param expiresAt when the link stops working
 */
public record VideoLink(String url, Instant expiresAt) {
    public VideoLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
