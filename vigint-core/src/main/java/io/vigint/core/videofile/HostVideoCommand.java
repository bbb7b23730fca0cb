package io.vigint.core.videofile;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * Host a clip for a signed link, as the original server's {@code /api/v1/videos/upload}.
 *
 * @param owner the client the clip belongs to
 * @param videoId the uploader's own name for the clip (the original's {@code video_id}): 1 to {@value
 *     VideoFile#MAX_NAME} characters after trimming, no control characters; a label only, never a file name
 * @param video the MP4 file
 * @param lifetime how long the link should work; null for the longest allowed; must be positive
 */
public record HostVideoCommand(ClientId owner, String videoId, byte[] video, Duration lifetime) {
    public HostVideoCommand {
        Objects.requireNonNull(owner, "owner");
        videoId = Checks.requiredText("video_id", videoId, VideoFile.MAX_NAME);
        if (video == null || video.length == 0) {
            throw VigintException.invalid("video", "the video file part is required and must not be empty");
        }
        if (lifetime != null && (lifetime.isNegative() || lifetime.isZero())) {
            throw VigintException.invalid("expiration_hours", "expiration_hours must be a positive number of hours");
        }
    }
}
