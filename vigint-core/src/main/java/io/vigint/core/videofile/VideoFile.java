package io.vigint.core.videofile;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipId;
import io.vigint.core.clip.StoredClip;
import io.vigint.core.util.Checks;
import java.time.Instant;

/**
 * What a {@link VideoFileStore} knows about one of a client's video files (an MP4).
 *
 * @param id its random id, the only name it has on disk and in URLs
 * @param owner the client it belongs to
 * @param kind why it exists
 * @param name the client's own name for it (a hosted clip's {@code video_id}), empty if none: a label only,
 *     never part of a path; at most {@value #MAX_NAME} characters, no control characters
 * @param createdAt when it was stored
 * @param expiresAt when it stops being served and may be deleted, after {@code createdAt}
 * @param size its length in bytes
 */
public record VideoFile(
        ClipId id, ClientId owner, VideoFileKind kind, String name, Instant createdAt, Instant expiresAt, long size) {
    /** The longest {@link #name}. */
    public static final int MAX_NAME = 128;

    public VideoFile {
        Checks.nonNull("id owner kind name createdAt expiresAt", id, owner, kind, name, createdAt, expiresAt);
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a video file's name is a label of at most " + MAX_NAME + " characters");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a video file expires after it is created");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }

    /** Whether it has expired at {@code now}: from its expiry on, it is gone. */
    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** The file as the clip-serving code sees a clip (its id, owner, time and size). */
    public StoredClip asClip() {
        return new StoredClip(id, owner, createdAt, size);
    }
}
