package io.vigint.core.video;

/**
 * Decodes a recorded video (MP4 with H.264 or MPEG-4 Part 2, what the original client records) into
 * JPEG frames, each with its time from the start of the video: the port the codec adapter implements.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface VideoDecoder {
    /**
     * Decodes all of {@code video} within {@code limits}.
     *
     * @throws io.vigint.core.error.VigintException {@code INVALID_VIDEO} (with a {@code reason} detail) when it
     *     is not a video this decoder reads, is truncated (fewer frames decode than its container announces),
     *     or exceeds a limit; nothing is half-returned
     */
    DecodedVideo decode(byte[] video, VideoLimits limits);
}
