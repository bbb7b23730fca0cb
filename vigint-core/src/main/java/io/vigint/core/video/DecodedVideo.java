package io.vigint.core.video;

import io.vigint.core.util.Checks;
import java.time.Duration;
import java.util.List;

/**
 * A video decoded into frames.
 *
 * @param frames its frames in presentation order, at least one
 * @param duration how long it plays
 * @param width picture width in pixels
 * @param height picture height in pixels
 * @param codec the codec it was in, as FFmpeg names it ({@code h264}, {@code mpeg4})
 */
public record DecodedVideo(List<DecodedFrame> frames, Duration duration, int width, int height, String codec) {
    public DecodedVideo {
        Checks.nonNull("frames duration codec", frames, duration, codec);
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a decoded video has one frame or more");
        }
    }

    /**
     * One decoded frame.
     *
     * @param jpeg the picture, JPEG-encoded
     * @param offset its presentation time from the start of the video
     */
    public record DecodedFrame(byte[] jpeg, Duration offset) {
        public DecodedFrame {
            Checks.nonNull("jpeg offset", jpeg, offset);
        }
    }
}
