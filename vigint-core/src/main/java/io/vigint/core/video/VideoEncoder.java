package io.vigint.core.video;

import java.util.List;
import java.util.Optional;

/**
 * Writes pictures as a plain video (H.264 in MP4, {@code moov} first), with nothing drawn on them: the port the
 * codec adapter implements next to {@link VideoDecoder}, for videos a client asks for (made from its frames,
 * or its own recording re-encoded smaller). Incident clips, which carry their time and motion, are the
 * {@link io.vigint.core.clip.ClipEncoder}'s. Implementations must be thread-safe and hold one picture at a time,
 * not the whole video, in decoded form.
 */
@FunctionalInterface
public interface VideoEncoder {
    /**
     * The video of {@code frames} (JPEG or PNG, put in timestamp order): a constant frame rate of the number
     * of intervals over their time span (one a second for a single frame), the picture size of the first frame
     * that decodes times {@link VideoEncoding#scale()} rounded down to even numbers, frames of another size
     * scaled to it. Frames that do not decode are left out; empty if none decodes.
     */
    Optional<EncodedVideo> encode(List<Frame> frames, VideoEncoding encoding);
}
