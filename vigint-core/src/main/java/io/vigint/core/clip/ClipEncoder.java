package io.vigint.core.clip;

import io.vigint.core.video.Frame;
import java.util.List;
import java.util.Optional;

/**
 * Turns a window of frames into one video file: the port the media adapters implement (H.264 in MP4, or
 * MJPEG in AVI). Implementations must be thread-safe.
 */
public interface ClipEncoder {
    /** How many pixels one clip may decode by default: 100 million (about 48 full-HD PNG frames). */
    long DEFAULT_MAX_DECODE_PIXELS = 100_000_000L;

    /** The format of the clips this encoder writes. */
    ClipFormat format();

    /**
     * The clip of the newest of {@code frames} (in timestamp order, whatever order they are given in) whose
     * re-encoding decodes at most {@code maxDecodePixels} pixels (at least the newest frame), or empty if no
     * frame decodes. Where a frame's {@link io.vigint.core.video.FrameNotes#motion()} is known, the clip may
     * mark it.
     */
    Optional<byte[]> encode(List<Frame> frames, long maxDecodePixels);
}
