package io.vigint.core.clip;

import io.vigint.core.video.Frame;
import java.util.List;
import java.util.Optional;

/**
 * Turns a window of frames into one video file: the port the media adapter implements (an MJPEG video in
 * an AVI container). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ClipEncoder {
    /** The media type of the clips: an AVI file. */
    String MEDIA_TYPE = "video/x-msvideo";

    /** How many pixels one clip may decode by default: 100 million (about 48 full-HD PNG frames). */
    long DEFAULT_MAX_DECODE_PIXELS = 100_000_000L;

    /**
     * The clip of the newest of {@code frames} (in timestamp order, whatever order they are given in) whose
     * re-encoding decodes at most {@code maxDecodePixels} pixels (at least the newest frame), or empty if no
     * frame decodes.
     */
    Optional<byte[]> encode(List<Frame> frames, long maxDecodePixels);
}
