package io.vigint.core.video;

import java.time.Duration;
import java.util.Objects;

/**
 * What an uploaded video may be: checked before (bytes) and while (duration, resolution, frames) it is
 * decoded.
 *
 * @param maxBytes the largest file accepted
 * @param maxDuration the longest video accepted
 * @param maxWidth the widest picture accepted, in pixels
 * @param maxHeight the tallest picture accepted, in pixels
 * @param maxFrames the most frames one video may decode to
 */
public record VideoLimits(long maxBytes, Duration maxDuration, int maxWidth, int maxHeight, int maxFrames) {
    /** 64 MiB, 120 s, 1920 x 1080, 3,600 frames. */
    public static final VideoLimits DEFAULTS =
            new VideoLimits(64L * 1024 * 1024, Duration.ofSeconds(120), 1920, 1080, 3600);

    public VideoLimits {
        Objects.requireNonNull(maxDuration, "maxDuration");
        if (maxBytes < 1
                || maxDuration.isNegative()
                || maxDuration.isZero()
                || maxWidth < 1
                || maxHeight < 1
                || maxFrames < 1) {
            throw new IllegalArgumentException("video limits must be positive");
        }
    }
}
